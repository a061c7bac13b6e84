package org.corroborate.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.brief.Briefs;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.embed.Embedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate bench brief}: the time to read, analyse and brief an input in a warm process. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Reads, analyses and briefs the input again and again in one process: the first run is cold",
                "(models load), the others warm. Prints each run and the median of the warm ones."})
final class BenchBriefCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<String> paths;

    @Option(names = "--repeat", defaultValue = "10", description = "Runs (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--one-story", description = "Take all input as one story.")
    boolean oneStory;

    /** Counts the texts embedded and the time spent embedding them. */
    private static final class Counting implements Embedder {
        private final Embedder embedder;
        long texts;
        long nanos;

        Counting(Embedder embedder) {
            this.embedder = embedder;
        }

        void reset() {
            texts = 0;
            nanos = 0;
        }

        @Override
        public synchronized List<float[]> embed(List<String> batch) {
            long start = System.nanoTime();
            List<float[]> vectors = embedder.embed(batch);
            nanos += System.nanoTime() - start;
            texts += batch.size();
            return vectors;
        }

        @Override
        public int dimensions() {
            return embedder.dimensions();
        }
    }

    @Override
    public Integer call() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        Counting embedder = new Counting(new BgeSmallEmbedder());
        Briefs briefs = new Briefs(embedder, BriefBuilder.Config.DEFAULTS);
        double[] millis = new double[repeat];
        for (int run = 0; run < repeat; run++) {
            long start = System.nanoTime();
            // bench input is the user's own: its problems show in analyze
            List<AnalyzedArticle> articles = analyzer.analyzeAll(paths, problem -> { });
            double analysis = (System.nanoTime() - start) / 1e6;
            embedder.reset();
            int stories = briefs.briefs(articles, oneStory).size();
            millis[run] = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "run %d: %d articles, %d stories in %.0f ms (analysis %.0f ms, briefs %.0f ms"
                    + " of which embedding %d texts %.0f ms)%s%n", run + 1, articles.size(), stories, millis[run],
                    analysis, millis[run] - analysis, embedder.texts, embedder.nanos / 1e6,
                    run == 0 ? " (cold: models load)" : "");
        }
        if (repeat > 1) {
            double[] warm = Arrays.copyOfRange(millis, 1, repeat);
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "warm median %.0f ms over %d runs%n", warm[warm.length / 2], warm.length);
        }
        return 0;
    }
}
