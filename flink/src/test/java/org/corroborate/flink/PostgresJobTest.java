package org.corroborate.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.corroborate.store.Store;
import org.corroborate.store.TestPostgres;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store a cluster uses: the job writes the examples' stories and briefs into a real PostgreSQL. */
class PostgresJobTest {
    private static Optional<TestPostgres> server = Optional.empty();

    @BeforeAll
    static void startPostgres() {
        server = TestPostgres.start();
        Assumptions.assumeTrue(server.isPresent(), () -> "skipping the job on PostgreSQL: " + TestPostgres.whyNot());
    }

    @AfterAll
    static void stopPostgres() {
        server.ifPresent(TestPostgres::close);
    }

    @Test
    void examplesGoIntoPostgres() throws Exception {
        String db = server.orElseThrow().newDatabase();
        String examples = SharedData.repositoryRoot().resolve("examples").toString();
        JobRuns.run(JobConfig.of(List.of(examples), db).withCheckpointMillis(500), 2, UnaryOperator.identity());
        Map<String, String> job = JobRuns.stored(db);
        assertThat(job).isEqualTo(JobRuns.stored(db)).hasSize(9);
        assertThat(job.values().stream().distinct().count()).isEqualTo(2);
        Store store = SharedStores.acquire(db);
        try {
            assertThat(store.storiesWithoutBrief()).isEmpty();
            for (String story : job.values().stream().distinct().toList()) {
                assertThat(store.versions(Long.parseLong(story))).hasSize(1);
            }
        } finally {
            SharedStores.release(db);
        }
    }
}
