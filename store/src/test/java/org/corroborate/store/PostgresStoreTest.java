package org.corroborate.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL (skipped, with the reason, where none can start). */
class PostgresStoreTest extends StoreContract {
    private static Optional<TestPostgres> server = Optional.empty();
    private final Map<String, String> databases = new HashMap<>();

    @BeforeAll
    static void startPostgres() {
        server = TestPostgres.start();
        Assumptions.assumeTrue(server.isPresent(), () -> "skipping the PostgreSQL store tests: " + TestPostgres.whyNot());
    }

    @AfterAll
    static void stopPostgres() {
        server.ifPresent(TestPostgres::close);
    }

    @org.junit.jupiter.api.Test
    void oneWriterAtATimeHoldsADatabaseWhereverItRuns() throws Exception {
        String url = server.orElseThrow().newDatabase();
        try (JdbcStore first = JdbcStore.open(url); JdbcStore second = JdbcStore.open(url);
             JdbcStore other = JdbcStore.open(server.orElseThrow().newDatabase())) {
            AutoCloseable held = first.tryWriterLock().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(second.tryWriterLock()).as("a second writer").isEmpty();
            // another database has a lock of its own
            try (AutoCloseable elsewhere = other.tryWriterLock().orElseThrow()) {
                org.assertj.core.api.Assertions.assertThat(elsewhere).isNotNull();
            }
            held.close();
            try (AutoCloseable next = second.tryWriterLock().orElseThrow()) {
                org.assertj.core.api.Assertions.assertThat(first.tryWriterLock()).as("while the second holds it")
                        .isEmpty();
            }
        }
    }

    @Override
    JdbcStore open(String name) {
        String url = databases.computeIfAbsent(name, n -> {
            try {
                return server.orElseThrow().newDatabase();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return JdbcStore.open(url);
    }
}
