package org.corroborate.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.analyze.AnalysisConfig;
import org.corroborate.analyze.AnalysisListener;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.bench.CorpusGenerator;
import org.corroborate.bench.Heap;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate bench analyze}: throughput and peak memory of reading + cleaning + sentences on a generated
 * corpus. A benchmark for people to run and compare, never a test that passes or fails on time.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Measures throughput (articles/s, MB/s) and peak heap of reading + cleaning + sentences +",
                "duplicates on a generated corpus of JSON Lines articles, or on real articles (--input). Run",
                "it with a fixed -Xmx to compare."})
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--words", defaultValue = "600", description = "Words per article (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--warmup", description = "Articles analysed first to load models and warm the JIT (default: "
            + "1000 generated; with --input, runs over the input until 3000: the JIT's second tier takes a few "
            + "thousand real articles to settle).")
    Integer warmup;

    @Option(names = "--repeat", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--input", paramLabel = "PATH", description = "Real articles to analyse instead of a generated "
            + "corpus: any input analyze reads (a file or a directory). --articles, --words and --seed are then "
            + "unused, and the warm-up is runs over the input (see --warmup).")
    Path input;

    @Option(names = "--stages", description = "Also time each stage alone, on one thread, over the corpus (CPU time of "
            + "that thread, which a busy machine stretches less than wall time).")
    boolean stages;

    @Override
    public Integer call() throws IOException {
        if (input != null && !Files.exists(input)) {
            System.err.println("corroborate: " + input + ": error: no such file or directory");
            return Main.INPUT_REJECTED;
        }
        Path corpus = input != null ? input : Files.createTempFile("corroborate-bench-", ".jsonl");
        Path warm = input != null ? input : Files.createTempFile("corroborate-warmup-", ".jsonl");
        try {
            AnalysisConfig config = threads == null ? AnalysisConfig.DEFAULTS
                    : AnalysisConfig.DEFAULTS.withThreads(threads);
            long bytes;
            if (input == null) {
                generate(corpus, articles, seed);
                generate(warm, warmup(), seed + 1);
                bytes = Files.size(corpus);
                System.out.printf(Locale.ROOT, "corpus: %d articles of ~%d words, %.1f MB (seed %d); threads %d; "
                                + "max heap %d MB%n", articles, words, bytes / 1e6, seed, config.threads(),
                        Runtime.getRuntime().maxMemory() >> 20);
            } else {
                try (var files = Files.walk(input)) {
                    bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                }
                System.out.printf(Locale.ROOT, "input: %s, %.1f MB; threads %d; max heap %d MB%n", input, bytes / 1e6,
                        config.threads(), Runtime.getRuntime().maxMemory() >> 20);
            }
            // A new analyzer for every run: what an analyzer keeps of the words it has seen (the tokenizer's splits,
            // the tagger's features) starts empty, as in a one-shot analyze, and a run never reads the input of the
            // run before from it. The models and the JIT's work are shared.
            // at most 10 passes: a small input warms up less rather than for ever
            for (int warmed = 0, passes = 0; warmed < warmup() && passes < 10; passes++) {
                int count = run(new ArticleAnalyzer(config), warm, new long[1]);
                if (count == 0) {
                    break;
                }
                warmed += count;
            }
            double[] rates = new double[repeat];
            for (int i = 1; i <= repeat; i++) {
                System.gc();
                Heap.resetPeaks();
                long start = System.nanoTime();
                long[] liveAfterGc = {0};
                int count = run(new ArticleAnalyzer(config), corpus, liveAfterGc);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %d articles in %.2f s = %.0f articles/s, %.2f MB/s; "
                                + "heap after GC at most %d MB (sum of pool peaks %d MB)%n", i, count, seconds,
                        count / seconds, bytes / 1e6 / seconds, liveAfterGc[0] >> 20, Heap.sumOfPeaks() >> 20);
                rates[i - 1] = count / seconds;
            }
            if (repeat > 1) {
                java.util.Arrays.sort(rates);
                double median = repeat % 2 == 1 ? rates[repeat / 2] : (rates[repeat / 2 - 1] + rates[repeat / 2]) / 2;
                System.out.printf(Locale.ROOT, "median of %d runs: %.0f articles/s%n", repeat, median);
            }
            if (stages) {
                printStages(config, corpus);
            }
            return 0;
        } finally {
            if (input == null) {
                Files.deleteIfExists(corpus);
                Files.deleteIfExists(warm);
            }
        }
    }

    private int warmup() {
        return warmup != null ? warmup : input != null ? 3000 : 1000;
    }

    private void printStages(AnalysisConfig config, Path corpus) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(corpus.toString()), ArticleSink.of(articles::add,
                problem -> System.err.println("corroborate: " + problem)));
        if (input == null) {
            new ArticleAnalyzer(config).profileStages(articles.subList(0, Math.min(articles.size(), 500))); // warm-up
        }
        Map<String, Long> nanos = new ArticleAnalyzer(config).profileStages(articles);
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "stages, one thread, CPU time, %d articles (%.2f ms/article in all):%n", articles.size(),
                total / 1e6 / articles.size());
        nanos.forEach((stage, n) -> System.out.printf(Locale.ROOT, "  %-18s %7.3f ms/article  %5.1f%%%n", stage,
                n / 1e6 / articles.size(), 100.0 * n / total));
    }

    private void generate(Path file, int count, long corpusSeed) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new CorpusGenerator(corpusSeed).write(out, count, words);
        }
    }

    /** Analyses the corpus; {@code liveAfterGc[0]} gets the most heap found in use just after a collection. */
    private static int run(ArticleAnalyzer analyzer, Path corpus, long[] liveAfterGc) {
        int[] count = new int[1];
        analyzer.analyzePaths(List.of(corpus.toString()), new AnalysisListener() {
            @Override
            public void article(AnalyzedArticle article) {
                if (++count[0] % 500 == 0) {
                    liveAfterGc[0] = Math.max(liveAfterGc[0], Heap.afterLastCollection());
                }
            }

            @Override
            public void problem(InputProblem problem) {
                System.err.println("corroborate: " + problem);
            }
        });
        return count[0];
    }

}
