package org.corroborate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.brief.StoryBrief;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.ProfileJson;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.http.CorroborateServer;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleJson;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputProblem;
import org.corroborate.present.BriefHtml;
import org.corroborate.present.BriefJson;
import org.corroborate.store.JdbcStore;
import org.corroborate.store.SearchIndex;
import org.corroborate.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate bench serve}: the server under load on this machine. A store is filled beforehand with
 * generated articles (stories of ten, each story with a brief of the size of a real one), then real articles are
 * posted as fast as the server takes them while reader threads ask for story lists, story pages and searches. Prints
 * the latency percentiles of each kind of read, the ingest rate, and the analysis rate of the same articles alone.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Loads a server (localhost only): --articles generated articles stored beforehand, real",
                "articles from --input posted during --seconds while --readers threads read story lists, story",
                "pages and searches. Prints p50/p99 per read, ingest articles/s and analysis articles/s alone."})
final class BenchServeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles stored beforehand (default: "
            + "${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Real articles to post while "
            + "reading (any input analyze reads), e.g. ../shared/data/ecbplus-dev.jsonl.")
    String input;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to measure (default: "
            + "${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--readers", defaultValue = "4", description = "Reader threads (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--read-rate", defaultValue = "0", paramLabel = "N", description = "Reads a second in all, "
            + "spread over the readers at a steady pace, each timed from when it was due (so a slow answer delays "
            + "none of the timing); 0, the default, reads as fast as the readers can, which leaves ingest only "
            + "what they leave of the cores.")
    double readRate;

    @Option(names = "--warmup-seconds", defaultValue = "10", description = "Reading and posting before the "
            + "measured --seconds, unmeasured: the first requests find code not yet compiled (default: "
            + "${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--ingest-rate", defaultValue = "0", paramLabel = "N", description = "Articles a second to "
            + "post, in requests of 20 at a steady pace; 0, the default, posts as fast as the server takes them.")
    double ingestRate;

    @Option(names = "--debounce-ms", defaultValue = "2000", description = "As for serve: how long a story waits "
            + "before its brief is rebuilt (default: ${DEFAULT-VALUE}; a large value leaves briefs out of the "
            + "measurement).")
    long debounceMs;

    @Option(names = "--without-embedding", description = "Replaces the embedding model by one that gives every text "
            + "the same vector, to measure what everything else costs (analysis, clustering, the durable store, the "
            + "search index and brief rebuilds); the stories made are then meaningless.")
    boolean withoutEmbedding;

    private static final String[] WORDS = {"council", "harbour", "bridge", "ferry", "budget", "strike", "court",
        "election", "storm", "hospital", "school", "police", "river", "airport", "factory", "mayor", "minister",
        "trial", "flood", "fire", "market", "railway", "union", "museum", "festival", "senate", "border", "port"};

    @Override
    public Integer call() throws Exception {
        if (!(readRate >= 0) || Double.isInfinite(readRate) || !(ingestRate >= 0) || Double.isInfinite(ingestRate)
                || readers < 0 || seconds < 1 || warmupSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--read-rate, --ingest-rate and --readers must be 0 or more, --seconds 1 or more");
        }
        List<String> lines = new ArrayList<>();
        List<Article> real = new ArrayList<>();
        new ArticleReader().read(List.of(input), new ArticleSink() {
            @Override
            public void article(Article article) {
                real.add(article);
                lines.add(ArticleJson.line(article));
            }

            @Override
            public void problem(InputProblem problem) {
                System.err.println("corroborate: " + problem);
            }
        });
        if (lines.isEmpty()) {
            System.err.println("corroborate: " + input + ": error: no articles to post");
            return Main.INPUT_REJECTED;
        }
        // the analysis rate of the same articles alone, warm, for the ratio
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        analyzer.analyze(real.subList(0, Math.min(real.size(), 200)));
        long t0 = System.nanoTime();
        analyzer.analyze(real);
        double analyzeRate = real.size() / ((System.nanoTime() - t0) / 1e9);

        Path dir = Files.createTempDirectory("corroborate-bench-serve-");
        org.corroborate.embed.Embedder embedder = withoutEmbedding ? new SameVector() : new BgeSmallEmbedder();
        String[] brief = exampleBrief(embedder);
        long fillStart = System.nanoTime();
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("bench.db"));
             SearchIndex index = new SearchIndex(dir.resolve("index"))) {
            fill(store, index, brief);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            long startServer = System.nanoTime();
            String token = "bench-token-0123456789abcdef";
            try (CorroborateServer server = new CorroborateServer(store, Optional.of(index), embedder,
                    StoryModel.shipped(), new CorroborateServer.Config("127.0.0.1", 0, token, 64L << 20, debounceMs,
                    false)).start()) {
                double startSeconds = (System.nanoTime() - startServer) / 1e9;
                System.out.printf(Locale.ROOT, "stored beforehand: %d articles in %d stories (%.1f s); server start "
                        + "with replay of every profile: %.1f s%n", articles, (articles + 9) / 10, fillSeconds,
                        startSeconds);
                run(server, token, lines, analyzeRate);
                double[] stages = server.ingestStageMillis();
                System.out.printf(Locale.ROOT, "ingest per article (%.0f articles, wall time in the request thread): "
                        + "analysis %.1f ms, embedding %.1f ms, clustering + durable store + index %.1f ms%n",
                        stages[3], stages[0], stages[1], stages[2]);
                long[] vectors = server.statementVectorCounts();
                System.out.printf(Locale.ROOT, "brief rebuilds: %d statement vectors reused, %d embedded%n",
                        vectors[0], vectors[1]);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return 0;
    }

    /** Every text the same unit vector: an embedding that costs nothing, for {@code --without-embedding}. */
    private static final class SameVector implements org.corroborate.embed.Embedder {
        @Override
        public List<float[]> embed(List<String> texts) {
            float[] unit = new float[dimensions()];
            unit[0] = 1;
            return Collections.nCopies(texts.size(), unit);
        }

        @Override
        public int dimensions() {
            return 384;
        }
    }

    /** The JSON and HTML of the examples' largest story: a brief of real size, stored for every generated story. */
    private static String[] exampleBrief(org.corroborate.embed.Embedder embedder) throws Exception {
        List<AnalyzedArticle> analyzed = new ArticleAnalyzer().analyzeAll(List.of(Path.of("examples")
                .resolve("harbour-bridge").toString()), p -> { });
        StoryBrief brief = new BriefBuilder(embedder, BriefBuilder.Config.DEFAULTS).build("1", analyzed);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        BriefJson.write(List.of(brief), json);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        BriefHtml.write(List.of(brief), new PrintStream(html, false, StandardCharsets.UTF_8));
        return new String[] {json.toString(StandardCharsets.UTF_8), html.toString(StandardCharsets.UTF_8)};
    }

    private void fill(JdbcStore store, SearchIndex index, String[] brief) {
        SplittableRandom random = new SplittableRandom(17);
        List<StoredArticle> batch = new ArrayList<>();
        long now = System.currentTimeMillis() - articles * 1000L;
        for (int i = 1; i <= articles; i++) {
            long story = (i + 9) / 10;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            String title = WORDS[(int) (story % WORDS.length)] + " " + WORDS[(int) (story / 7 % WORDS.length)]
                    + " story " + story;
            ArticleProfile profile = new ArticleProfile("bench-" + i, now + i * 1000L, true, List.of("s" + story),
                    List.of("s" + story, "w" + random.nextInt(500)), List.of("s" + story, "w" + random.nextInt(500)),
                    Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty());
            batch.add(new StoredArticle("bench-" + i, i, story, "Outlet " + random.nextInt(40), Optional.empty(),
                    Optional.of(title), Optional.empty(), "h" + i, Optional.empty(), now + i * 1000L,
                    "{\"id\":\"bench-" + i + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}",
                    "{\"text\":\"" + text + "\",\"removed\":[]}", ProfileJson.write(profile)));
            index.add(i, "bench-" + i, title, text.toString(), Optional.empty());
            if (batch.size() == 1000 || i == articles) {
                store.addAll(batch, a -> a.title().orElse(""));
                batch.clear();
            }
        }
        for (long story = 1; story <= (articles + 9) / 10; story++) {
            store.addBrief(story, now, 10, "story " + story, 3, brief[0], brief[1]);
        }
        index.commit();
        index.refresh();
    }

    private void run(CorroborateServer server, String token, List<String> lines, double analyzeRate)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong ingested = new AtomicLong();
        long start = System.nanoTime();
        // what happens before this is warm-up: neither latencies nor articles count
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        AtomicLong measureTo = new AtomicLong(Long.MAX_VALUE);
        AtomicLong rounds = new AtomicLong();
        Thread writer = new Thread(() -> {
            long every = ingestRate > 0 ? (long) (20 * 1e9 / ingestRate) : 0;
            long due = System.nanoTime();
            for (int from = 0; !stop.get(); from = (from + 20) % lines.size()) {
                if (every > 0) {
                    if (!sleepUntil(due)) {
                        return;
                    }
                    due += every;
                }
                List<String> part = lines.subList(from, Math.min(lines.size(), from + 20));
                // fresh ids each round, so nothing is refused as a duplicate
                long round = rounds.getAndIncrement();
                List<String> renamed = new ArrayList<>();
                for (int k = 0; k < part.size(); k++) {
                    renamed.add(part.get(k).replaceFirst("\"id\":\"", "\"id\":\"load-" + round + "-" + k + "-"));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(
                                    String.join("\n", renamed))).build(), HttpResponse.BodyHandlers.ofString());
                    long done = System.nanoTime();
                    if (r.statusCode() == 200 && done >= measureFrom && done <= measureTo.get()) {
                        ingested.addAndGet(part.size());
                    }
                } catch (Exception e) {
                    return;
                }
            }
        });
        List<List<Long>> latencies = List.of(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < readers; t++) {
            SplittableRandom random = new SplittableRandom(t);
            long interval = readRate > 0 ? (long) (readers * 1e9 / readRate) : 0;
            long first = start + (long) (t * (readRate > 0 ? 1e9 / readRate : 0));
            threads.add(new Thread(() -> {
                int stories = Math.max(1, (articles + 9) / 10);
                for (long due = first; !stop.get(); due += interval) {
                    if (interval > 0 && !sleepUntil(due)) {
                        return;
                    }
                    int kind = random.nextInt(3);
                    String path = kind == 0 ? "/api/stories?page=" + (1 + random.nextInt(50))
                            : kind == 1 ? "/stories/" + (1 + random.nextInt(stories))
                            : "/api/search?q=" + WORDS[random.nextInt(WORDS.length)] + "+"
                                    + WORDS[random.nextInt(WORDS.length)];
                    // at a steady pace a read counts from when it was due, which a slow answer before it passed
                    long t1 = interval > 0 ? due : System.nanoTime();
                    try {
                        http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                    } catch (Exception e) {
                        return;
                    }
                    if (t1 >= measureFrom) {
                        latencies.get(kind).add(System.nanoTime() - t1);
                    }
                }
            }));
        }
        writer.start();
        threads.forEach(Thread::start);
        Thread.sleep((warmupSeconds + seconds) * 1000L);
        measureTo.set(System.nanoTime());
        stop.set(true);
        writer.join(60_000);
        for (Thread t : threads) {
            t.join(10_000);
        }
        double elapsed = (measureTo.get() - measureFrom) / 1e9;
        String[] names = {"GET /api/stories", "GET /stories/{id}", "GET /api/search"};
        for (int k = 0; k < 3; k++) {
            List<Long> l = new ArrayList<>(latencies.get(k));
            if (l.isEmpty()) {
                continue; // --readers 0: ingest alone
            }
            Collections.sort(l);
            System.out.printf(Locale.ROOT, "%-20s %6d requests  p50 %6.1f ms  p99 %6.1f ms%n", names[k], l.size(),
                    percentile(l, 0.50), percentile(l, 0.99));
        }
        double rate = ingested.get() / elapsed;
        System.out.printf(Locale.ROOT, (readers == 0 ? "ingest alone" : readRate > 0 ? "ingest while reading "
                + readRate + " a second" : "ingest while reading") + (ingestRate > 0 ? " (paced to " + ingestRate
                + " a second)" : "") + ": %d articles in %.1f s = %.1f articles/s; analysis alone "
                + "of the same articles: %.1f articles/s; ratio %.2f%n", ingested.get(), elapsed, rate,
                analyzeRate, rate / analyzeRate);
    }

    /** Waits until {@code due} ({@link System#nanoTime}), at once when it has passed; false when interrupted. */
    private static boolean sleepUntil(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
