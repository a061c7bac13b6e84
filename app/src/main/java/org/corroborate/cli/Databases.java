package org.corroborate.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.corroborate.store.JdbcStore;
import org.corroborate.store.SearchIndex;

/**
 * The store and its search index as {@code serve} and {@code ingest --db} open them: an SQLite file (by default
 * DATA/corroborate.db) with its index beside it (FILE.index), or a JDBC URL with the index in DATA/index. Both take
 * the same lock first, a file beside the database (FILE.lock, or DATA/index.lock for a JDBC URL), and a PostgreSQL
 * database is locked in the database too (an advisory lock, {@link JdbcStore#tryWriterLock}), so that one process
 * writes a database, from any machine: two writers (a server and {@code ingest --db}) would each number articles from what
 * they read at their start, and the second to write would fail on every write after it.
 */
final class Databases {
    /** An open store and its index; closing closes the index, then the store, then lets go of the lock. */
    record Opened(JdbcStore store, SearchIndex index, FileChannel lock, AutoCloseable databaseLock)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                index.close();
            } finally {
                try {
                    closeQuietly(databaseLock); // PostgreSQL lets go of a session's lock when its connection ends
                    store.close();
                } finally {
                    try {
                        lock.close();
                    } catch (IOException ignored) {
                        // the lock goes with the process anyway
                    }
                }
            }
        }
    }

    /** Another process (or another server in this one) holds the database: a bad argument, not a fault of ours. */
    static final class InUse extends IllegalArgumentException {
        private final transient Path lockFile;

        InUse(Path lockFile) {
            this(lockFile, "lock held on " + lockFile);
        }

        /** Held in the database (PostgreSQL's advisory lock), not by a file: {@code lockFile} is null. */
        InUse(Path lockFile, String message) {
            super(message);
            this.lockFile = lockFile;
        }

        /** Whether the database holds the lock, not a file of this machine. */
        boolean inDatabase() {
            return lockFile == null;
        }

        /** The lock file another writer holds. */
        Path lockFile() {
            return lockFile;
        }
    }

    private Databases() {
    }

    /**
     * {@code db} as --db gives it (a file path or a JDBC URL), or null for the default file in {@code data}.
     *
     * @throws InUse when another server or {@code ingest --db} has it open
     */
    static Opened open(String db, Path data) throws IOException {
        boolean url = db != null && db.startsWith("jdbc:");
        Path file = db == null ? data.resolve("corroborate.db") : url ? null : Path.of(db);
        FileChannel lock = lock(file != null ? Path.of(file + ".lock") : data.resolve("index.lock"));
        try {
            // the file lock covers one machine; a PostgreSQL database is shared, so it is locked there too, before
            // the store is opened: opening migrates the schema, which only the writer may do
            AutoCloseable databaseLock = url ? JdbcStore.tryWriterLock(db).orElseThrow(() -> new InUse(
                    null, "the database's writer lock (a PostgreSQL advisory lock) is held by another server or "
                    + "ingest --db, maybe on another machine")) : () -> { };
            JdbcStore store;
            try {
                store = file != null ? JdbcStore.sqlite(file) : JdbcStore.open(db);
            } catch (RuntimeException e) {
                closeQuietly(databaseLock);
                throw e;
            }
            Path folder = db == null || url ? data.resolve("index") : Path.of(file + ".index");
            try {
                return new Opened(store, new SearchIndex(folder, store.identity()), lock, databaseLock);
            } catch (RuntimeException e) {
                closeQuietly(databaseLock);
                store.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing after a failure: the failure is what is reported
            }
        }
    }

    /** The lock file, locked for this process until the channel closes; InUse when another holds it. */
    private static FileChannel lock(Path lockFile) throws IOException {
        Path parent = lockFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new InUse(lockFile);
        }
        return channel;
    }
}
