package org.corroborate.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.corroborate.store.Store;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task throws once in the middle of a run, after a checkpoint completed and some articles were stored: the job
 * restarts from the checkpoint, replays what came after it, and ends with the stories of a run without the failure,
 * no article, story count or brief stored twice.
 */
class RecoveryTest {
    @TempDir
    Path temp;

    /** Throws once (per test), after {@code after} articles, once a checkpoint completed and the store holds some. */
    static final class FailOnce extends RichMapFunction<Analysed, Analysed> implements CheckpointListener {
        private static final long serialVersionUID = 1L;
        static final AtomicBoolean THROWN = new AtomicBoolean();
        static final AtomicInteger CHECKPOINTS = new AtomicInteger();
        static final AtomicLong STORED_AT_FAILURE = new AtomicLong(-1);
        private final String db;
        private final int after;
        private int seen;

        FailOnce(String db, int after) {
            this.db = db;
            this.after = after;
        }

        static void reset() {
            THROWN.set(false);
            CHECKPOINTS.set(0);
            STORED_AT_FAILURE.set(-1);
        }

        @Override
        public Analysed map(Analysed article) throws InterruptedException {
            // slow enough that checkpoints complete between articles
            Thread.sleep(60);
            if (++seen >= after && CHECKPOINTS.get() >= 1 && !THROWN.get()) {
                long stored = JobRuns.count(db);
                if (stored > 0 && THROWN.compareAndSet(false, true)) {
                    STORED_AT_FAILURE.set(stored);
                    throw new IllegalStateException("injected failure after " + stored + " articles were stored");
                }
            }
            return article;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTS.incrementAndGet();
        }
    }

    @BeforeEach
    void reset() {
        FailOnce.reset();
    }

    @Test
    void examplesRecoverWithTheSameStoriesAndBriefs() throws Exception {
        String examples = SharedData.repositoryRoot().resolve("examples").toString();
        recovers(List.of(examples), 1, 4, true, 9);
    }

    /** More articles, so stories merge and grow across the checkpoint; no briefs, to keep the suite short. */
    @Test
    void ecbPlusArticlesRecoverWithTheSameStories() throws Exception {
        Path data = SharedData.seeds().resolveSibling("data").resolve("ecbplus-dev.jsonl");
        Assumptions.assumeTrue(Files.exists(data), "../shared/data/ecbplus-dev.jsonl is absent: skipping");
        Path part = temp.resolve("ecbplus-part.jsonl");
        // topics 1-4 (their articles are consecutive in the file): a temporary copy, never in the repository
        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8).subList(0, 100);
        Files.write(part, lines, StandardCharsets.UTF_8);
        recovers(List.of(part.toString()), 8, 20, false, 100);
    }

    /**
     * Two related stories (two earthquakes) and one of its own: after the failure their briefs still list each
     * other, as in a run without it, and each story's brief is stored once.
     */
    @Test
    void relatedStoriesRecoverAndListEachOther() throws Exception {
        String input = Path.of(RecoveryTest.class.getResource("two-earthquakes.jsonl").toURI()).toString();
        recovers(List.of(input), 1, 4, true, 7);
        for (String db : List.of("plain.db", "failed.db")) {
            Map<String, String> stories = JobRuns.stored(temp.resolve(db).toString());
            String peru = stories.get("andes-wire-quake");
            String turkey = stories.get("aegean-herald-quake");
            Store store = SharedStores.acquire(temp.resolve(db).toString());
            try {
                assertThat(RelatedStoriesJobTest.related(store, peru)).as(db).containsExactly(turkey);
                assertThat(RelatedStoriesJobTest.related(store, turkey)).as(db).containsExactly(peru);
                assertThat(RelatedStoriesJobTest.related(store, stories.get("tram-gazette"))).as(db).isEmpty();
            } finally {
                SharedStores.release(temp.resolve(db).toString());
            }
        }
    }

    private void recovers(List<String> inputs, int batch, int failAfter, boolean briefs, int articles)
            throws Exception {
        // reorder 0: articles are assigned and stored as they come, so the failure falls between stored articles
        JobConfig config = JobConfig.of(inputs, temp.resolve("plain.db").toString()).withCheckpointMillis(150)
                .withBatch(batch).withReorder(0).withBriefs(briefs);
        JobRuns.run(config, 2, UnaryOperator.identity());
        Map<String, String> plain = JobRuns.stored(config.db());

        String db = temp.resolve("failed.db").toString();
        JobConfig failing = new JobConfig(inputs, db, config.monitor(), config.checkpointMillis(), batch, 0,
                config.windowDays(), briefs, config.briefDebounceMillis());
        UnaryOperator<DataStream<Analysed>> tap = s -> s.map(new FailOnce(db, failAfter)).name("fail once");
        JobRuns.run(failing, 2, tap);
        Map<String, String> recovered = JobRuns.stored(db);

        System.out.printf("recovery: failed after %d articles stored and %d checkpoints; %d articles in %d stories%n",
                FailOnce.STORED_AT_FAILURE.get(), FailOnce.CHECKPOINTS.get(), recovered.size(),
                recovered.values().stream().distinct().count());
        assertThat(FailOnce.THROWN).isTrue();
        assertThat(FailOnce.STORED_AT_FAILURE.get()).isBetween(1L, articles - 1L);
        assertThat(recovered).hasSize(articles).isEqualTo(plain);
        Store store = SharedStores.acquire(db);
        try {
            assertThat(store.articleCount()).isEqualTo(articles);
            for (String number : recovered.values().stream().distinct().toList()) {
                long story = Long.parseLong(number);
                int size = store.articlesOf(story).size();
                assertThat(store.story(story).orElseThrow().articles()).as("story %d counted once", story)
                        .isEqualTo(size);
                if (briefs) {
                    assertThat(store.versions(story)).as("briefs of story %d", story).hasSize(1);
                    assertThat(store.latestBrief(story).orElseThrow().articles()).isEqualTo(size);
                }
            }
        } finally {
            SharedStores.release(db);
        }
    }
}
