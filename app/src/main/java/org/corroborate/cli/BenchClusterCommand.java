package org.corroborate.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.bench.ClusterCorpus;
import org.corroborate.bench.Heap;
import org.corroborate.cluster.ArticleProfile;
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
                "when the cost does not grow with the stream), active stories, heap after GC and the F1 scores.",
                "With --input, the same over real articles."})
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

    @Option(names = "--input", paramLabel = "PATH", description = "Real articles instead of generated ones: read, "
            + "analysed and embedded first (not timed), then streamed again and again, each round a week later "
            + "under new ids, until --articles have been clustered.")
    String input;

    @Override
    public Integer call() {
        if (input != null) {
            return real();
        }
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

    /** Clustering alone over real profiles, repeated under new ids a week apart until {@code articles}. */
    private Integer real() {
        ProblemReport problems = new ProblemReport();
        List<ArticleProfile> profiles = new java.util.ArrayList<>(Profiles.read(List.of(input),
                new org.corroborate.embed.BgeSmallEmbedder(), problems).stream().map(Profiles.Read::profile).toList());
        if (profiles.isEmpty()) {
            System.err.println("corroborate: " + input + ": error: no articles");
            return Main.INPUT_REJECTED;
        }
        profiles.sort(java.util.Comparator.comparingLong(ArticleProfile::time));
        StoryModel model = StoryModel.shipped();
        long week = 7 * 86_400_000L;
        long base = 1_700_000_000_000L;
        java.util.function.BiFunction<Integer, Integer, ArticleProfile> copy = (round, i) -> {
            ArticleProfile p = profiles.get(i);
            // each round is published a week after the last, in input order a minute apart
            return new ArticleProfile(p.id() + "#" + round, base + round * week + i * 60_000L, true, p.titleTerms(),
                    p.leadTerms(), p.bodyTerms(), p.entities(), p.dates(), p.figures(),
                    p.duplicateOf().map(d -> d + "#" + round), p.embedding());
        };
        StoryClusterer warmUp = new StoryClusterer(model, StoryClusterer.Config.DEFAULTS.withWindowDays(3));
        for (int i = 0; i < Math.min(articles, 3 * profiles.size()); i++) {
            warmUp.assign(copy.apply(-1 - i / profiles.size(), i % profiles.size()));
        }
        System.gc();
        // a window of three days: each round's stories leave before the next round, as real news moves on
        StoryClusterer clusterer = new StoryClusterer(model, StoryClusterer.Config.DEFAULTS.withWindowDays(3));
        int tenth = Math.max(1, articles / 10);
        long[] lapNanos = new long[10];
        long liveAfterGc = 0;
        long start = System.nanoTime();
        long lap = start;
        for (int n = 0; n < articles; n++) {
            clusterer.assign(copy.apply(n / profiles.size(), n % profiles.size()));
            if ((n + 1) % tenth == 0 && (n + 1) / tenth <= 10) {
                long now = System.nanoTime();
                lapNanos[(n + 1) / tenth - 1] = now - lap;
                lap = now;
                liveAfterGc = Math.max(liveAfterGc, Heap.afterLastCollection());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d articles (%d real ones from %s, repeated a week apart): %.2f s = %.0f "
                        + "articles/s; %d stories, %d active at the end; heap after GC at most %d MB%n", articles,
                profiles.size(), input, seconds, articles / seconds, clusterer.stories(), clusterer.activeStories(),
                liveAfterGc >> 20);
        StringBuilder laps = new StringBuilder();
        for (long nanos : lapNanos) {
            laps.append(String.format(Locale.ROOT, " %.0f", nanos / 1e3 / tenth));
        }
        System.out.println("microseconds per article, by tenth of the stream:" + laps);
        return problems.rejected() > 0 ? Main.INPUT_REJECTED : 0;
    }
}
