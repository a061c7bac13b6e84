package org.corroborate.flink;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.corroborate.store.JdbcStore;
import org.corroborate.store.Store;

/**
 * One open store per database and JVM, shared by the tasks that write to it: SQLite wants one writer per file, and
 * every task of an embedded MiniCluster runs in one JVM. On a cluster each task manager opens its own connection
 * (use PostgreSQL there). Thread-safe.
 */
final class SharedStores {
    private record Open(JdbcStore store, int users) {
    }

    private static final Map<String, Open> OPEN = new HashMap<>();

    private SharedStores() {
    }

    /** The store {@code db} names (an SQLite file or a JDBC URL, as serve's --db); {@link #release} when done. */
    static synchronized Store acquire(String db) {
        Open open = OPEN.get(db);
        if (open == null) {
            open = new Open(db.startsWith("jdbc:") ? JdbcStore.open(db) : JdbcStore.sqlite(Path.of(db)), 0);
        }
        OPEN.put(db, new Open(open.store(), open.users() + 1));
        return open.store();
    }

    /** Closes the store when its last user lets it go. */
    static synchronized void release(String db) {
        Open open = OPEN.get(db);
        if (open == null) {
            return;
        }
        if (open.users() <= 1) {
            OPEN.remove(db);
            open.store().close();
        } else {
            OPEN.put(db, new Open(open.store(), open.users() - 1));
        }
    }
}
