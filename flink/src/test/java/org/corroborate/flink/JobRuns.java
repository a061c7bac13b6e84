package org.corroborate.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.FeatureExtractor;
import org.corroborate.cluster.StoryClusterer;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.store.Store;

/** Runs the job in a MiniCluster and the single-machine streaming clusterer, for tests to compare. */
final class JobRuns {
    private JobRuns() {
    }

    /** Runs the job to its end in an embedded MiniCluster; every type must serialise without Kryo. */
    static void run(JobConfig config, int parallelism, UnaryOperator<DataStream<Analysed>> tap) throws Exception {
        Configuration settings = new Configuration();
        settings.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        settings.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        settings.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
        settings.set(PipelineOptions.GENERIC_TYPES, false);
        // the articles waiting to be assigned are larger than the 5 MB a checkpoint may hold in the JobManager
        settings.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        java.nio.file.Path checkpoints = java.nio.file.Files.createTempDirectory("corroborate-checkpoints");
        settings.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, settings);
        CorroborateJob.build(env, config, tap);
        try {
            env.execute("corroborate test");
        } finally {
            FlinkCommand.deleteQuietly(checkpoints);
        }
    }

    /** Each stored article's story, as the store holds it. */
    /** How many articles the store holds, through the same shared store the job writes to. */
    static long count(String db) {
        Store store = SharedStores.acquire(db);
        try {
            return store.articleCount();
        } finally {
            SharedStores.release(db);
        }
    }

    static Map<String, String> stored(String db) {
        Store store = SharedStores.acquire(db);
        try {
            Map<String, String> stories = new HashMap<>();
            store.replay(a -> stories.put(a.id(), String.valueOf(a.story())));
            return stories;
        } finally {
            SharedStores.release(db);
        }
    }

    /**
     * What {@code corroborate cluster PATH...} assigns (its default --reorder holds more than these inputs, so the
     * whole input is assigned in order of publication, ties in reading order), each article under its final story.
     */
    static Map<String, String> singleMachine(List<String> paths) {
        List<AnalyzedArticle> analyzed = new ArticleAnalyzer().analyzeAll(paths, p -> { });
        List<ArticleProfile> profiles = new ArrayList<>(new FeatureExtractor().profiles(analyzed,
                new BgeSmallEmbedder()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> profiles.get(i).time()).thenComparingInt(i -> i));
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, Integer> assigned = new HashMap<>();
        for (int i : order) {
            assigned.put(profiles.get(i).id(), clusterer.assign(profiles.get(i)));
        }
        Map<String, String> stories = new HashMap<>();
        assigned.forEach((id, story) -> stories.put(id, String.valueOf(clusterer.current(story))));
        return stories;
    }
}
