package org.corroborate.cli;

import java.nio.file.Path;
import org.corroborate.store.JdbcStore;
import org.corroborate.store.SearchIndex;

/**
 * The store and its search index as {@code serve} and {@code ingest --db} open them: an SQLite file (by default
 * DATA/corroborate.db) with its index beside it (FILE.index), or a JDBC URL with the index in DATA/index.
 */
final class Databases {
    /** An open store and its index; closing closes the index, then the store. */
    record Opened(JdbcStore store, SearchIndex index) implements AutoCloseable {
        @Override
        public void close() {
            try {
                index.close();
            } finally {
                store.close();
            }
        }
    }

    private Databases() {
    }

    /** {@code db} as --db gives it (a file path or a JDBC URL), or null for the default file in {@code data}. */
    static Opened open(String db, Path data) {
        boolean url = db != null && db.startsWith("jdbc:");
        JdbcStore store = db == null ? JdbcStore.sqlite(data.resolve("corroborate.db"))
                : url ? JdbcStore.open(db) : JdbcStore.sqlite(Path.of(db));
        Path folder = db == null || url ? data.resolve("index") : Path.of(db + ".index");
        try {
            return new Opened(store, new SearchIndex(folder, store.identity()));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
