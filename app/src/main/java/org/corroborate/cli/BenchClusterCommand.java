package org.corroborate.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.bench.ClusterCorpus;
import org.corroborate.bench.Heap;
import org.corroborate.cluster.StoryClusterer;
import org.corroborate.cluster.StoryModel;
import org.corroborate.eval.ClusterScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate bench cluster}: clustering throughput and memory on a generated stream of features (analysis
 * done beforehand), with planted stories, so the cost per article can be compared at different sizes.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Clusters a generated stream of article features with planted stories (analysis done",
                "beforehand) and reports articles/s, microseconds per article in each tenth of the stream (flat",
                "when the cost does not grow with the stream), active stories, heap after GC and the F1 scores."})
final class BenchClusterCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--per-day", defaultValue = "2000", description = "Articles a day (default: ${DEFAULT-VALUE}).")
    int perDay;

    @Option(names = "--embeddings", negatable = true, defaultValue = "true",
            description = "Give articles 384-d embeddings, as the BGE model would (default: ${DEFAULT-VALUE}).")
    boolean embeddings;

    @Option(names = "--seed", defaultValue = "7", description = "Stream seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        List<ClusterCorpus.Item> warm = new java.util.ArrayList<>(new ClusterCorpus(seed + 1, 384).generate(
                Math.min(articles, 5000), perDay, embeddings));
        StoryModel model = StoryModel.shipped();
        StoryClusterer.Config config = StoryClusterer.Config.DEFAULTS;
        StoryClusterer warmUp = new StoryClusterer(model, config);
        warm.forEach(item -> warmUp.assign(item.profile()));
        warm.clear();
        System.gc();
        StoryClusterer clusterer = new StoryClusterer(model, config);
        // Only the first 20,000 articles are scored, so that the bench's own bookkeeping stays small.
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        int tenth = Math.max(1, articles / 10);
        long[] lapNanos = new long[10];
        long[] liveAfterGc = {0};
        int[] count = {0};
        long start = System.nanoTime();
        long[] lap = {start};
        new ClusterCorpus(seed, 384).stream(articles, perDay, embeddings, item -> {
            int story = clusterer.assign(item.profile());
            int i = count[0]++;
            if (i < 20_000) {
                predicted.put(item.profile().id(), String.valueOf(story));
                gold.put(item.profile().id(), String.valueOf(item.story()));
            }
            if ((i + 1) % tenth == 0 && (i + 1) / tenth <= 10) {
                long now = System.nanoTime();
                lapNanos[(i + 1) / tenth - 1] = now - lap[0];
                lap[0] = now;
                liveAfterGc[0] = Math.max(liveAfterGc[0], Heap.afterLastCollection());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        ClusterScores scores = ClusterScores.score(gold, predicted);
        System.out.printf(Locale.ROOT, "%d articles (%d a day, embeddings %s): %.2f s = %.0f articles/s; "
                        + "%d stories, %d active at the end, %d terms in the IDF table; heap after GC at most %d MB%n",
                articles, perDay, embeddings ? "on" : "off", seconds, articles / seconds, clusterer.stories(),
                clusterer.activeStories(), clusterer.vocabulary(), liveAfterGc[0] >> 20);
        StringBuilder laps = new StringBuilder();
        for (long nanos : lapNanos) {
            laps.append(String.format(Locale.ROOT, " %.0f", nanos / 1e3 / tenth));
        }
        System.out.println("microseconds per article, by tenth of the stream:" + laps);
        System.out.printf(Locale.ROOT, "planted stories (first %d articles): pairwise F1 %.3f, BCubed F1 %.3f%n",
                scores.articles(), scores.pairwiseF1(),
                scores.bcubedF1());
        return 0;
    }

}
