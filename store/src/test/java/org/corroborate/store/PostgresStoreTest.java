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
