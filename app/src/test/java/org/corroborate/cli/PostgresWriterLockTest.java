package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers (or a server and {@code ingest --db}) on one PostgreSQL database, each with a data folder of its own,
 * as on two machines: the file lock cannot see the other, the database's advisory lock does (skipped, with the
 * reason, where no PostgreSQL can start).
 */
class PostgresWriterLockTest {
    private static Optional<TestPostgres> postgres = Optional.empty();

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start();
        Assumptions.assumeTrue(postgres.isPresent(), () -> "skipping the PostgreSQL writer lock test: "
                + TestPostgres.whyNot());
    }

    @AfterAll
    static void stopPostgres() {
        postgres.ifPresent(TestPostgres::close);
    }

    @Test
    void aSecondWriterWithItsOwnDataFolderIsRefusedUntilTheFirstCloses(@TempDir Path one, @TempDir Path two)
            throws Exception {
        String url = postgres.orElseThrow().newDatabase();
        try (Databases.Opened first = Databases.open(url, one)) {
            assertThat(first.store()).isNotNull();
            assertThatThrownBy(() -> Databases.open(url, two)).isInstanceOf(Databases.InUse.class)
                    .hasMessageContaining("advisory lock").hasMessageContaining("another server or ingest --db");
        }
        try (Databases.Opened second = Databases.open(url, two)) {
            assertThat(second.store()).isNotNull();
        }
    }
}
