package org.corroborate.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.corroborate.store.Store;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --monitor: a file added to a watched folder while the job runs is read, clustered, stored and briefed. */
class MonitorTest {
    @TempDir
    Path temp;

    @Test
    void aFileAddedLaterJoinsTheStoriesAndGetsItsBrief() throws Exception {
        Path examples = SharedData.repositoryRoot().resolve("examples");
        Path watched = Files.createDirectories(temp.resolve("watched"));
        Files.copy(examples.resolve("teachers-strike/strike.jsonl"), watched.resolve("strike.jsonl"));
        String db = temp.resolve("monitored.db").toString();
        JobConfig config = new JobConfig(List.of(watched.toString()), db, Optional.of(Duration.ofMillis(300)), 500,
                JobConfig.DEFAULT_BATCH, 0, 30, true, 300);
        Configuration settings = new Configuration();
        settings.set(PipelineOptions.GENERIC_TYPES, false);
        settings.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        settings.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, temp.resolve("checkpoints").toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, settings);
        CorroborateJob.build(env, config);
        JobClient job = env.executeAsync("corroborate monitored");
        try {
            waitFor(() -> JobRuns.count(db) == 2, "the first file's 2 articles");
            // written under a hidden name, then renamed: the source never sees half a file
            Path hidden = watched.resolve(".wire.jsonl");
            Files.copy(examples.resolve("harbour-bridge/03-wire.jsonl"), hidden);
            Files.move(hidden, watched.resolve("wire.jsonl"), StandardCopyOption.ATOMIC_MOVE);
            waitFor(() -> JobRuns.count(db) == 5 && briefed(db), "the second file's articles, and every story's brief");
        } finally {
            job.cancel().get();
        }
        assertThat(JobRuns.stored(db).values().stream().distinct().count()).isEqualTo(2);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Whether every story has a brief that counts all its articles. */
    private static boolean briefed(String db) {
        Store store = SharedStores.acquire(db);
        try {
            return JobRuns.stored(db).values().stream().distinct().map(Long::parseLong).allMatch(story ->
                    store.latestBrief(story).map(b -> b.articles() == store.articlesOf(story).size()).orElse(false));
        } finally {
            SharedStores.release(db);
        }
    }
}
