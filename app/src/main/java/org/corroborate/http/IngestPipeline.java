package org.corroborate.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.FeatureExtractor;
import org.corroborate.cluster.ProfileJson;
import org.corroborate.cluster.RelatedStories;
import org.corroborate.cluster.StoryClusterer;
import org.corroborate.cluster.StoryModel;
import org.corroborate.dedupe.DuplicateDetector;
import org.corroborate.embed.Embedder;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputProblem;
import org.corroborate.json.AnalysisJsonWriter;
import org.corroborate.store.LogEntry;
import org.corroborate.store.SearchIndex;
import org.corroborate.store.Store;
import org.corroborate.store.StoredArticle;

/**
 * What happens to articles that reach the server: read (JSON Lines, the input schema), refused when already stored
 * (the same id, or the same URL with the same content), analysed, embedded, put in a story by the streaming
 * clusterer, and stored, one durable write each, before the request is answered; the brief of every touched story
 * is then rebuilt in the background. Every line gets an outcome; none is dropped silently. Analysis runs in the
 * caller's thread; clustering and storing take one lock, since the clusterer is not thread-safe. After a restart,
 * {@link #restore} replays the stored profiles so stories continue.
 */
final class IngestPipeline {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    /** What became of one line of a request. */
    record LineResult(int line, Optional<String> id, String outcome, Optional<Long> story, Optional<String> reason) {
        static final String STORED = "stored";
        static final String DUPLICATE = "duplicate";
        static final String REJECTED = "rejected";
    }

    /** The outcome of every line of a request, in line order. */
    record Result(List<LineResult> lines) {
        long count(String outcome) {
            return lines.stream().filter(l -> l.outcome().equals(outcome)).count();
        }
    }

    private final Store store;
    private final ArticleAnalyzer analyzer;
    private final Embedder embedder;
    private final BriefRebuilder briefs;
    private final StoryClusterer clusterer;
    private final Optional<SearchIndex> index;
    private final FeatureExtractor extractor = new FeatureExtractor();
    private final StoryModel topics = StoryModel.shippedTopics();
    private final Object lock = new Object();
    /** Near-duplicates across requests: a copy is stored, linked to its original, and joins its story. */
    private final DuplicateDetector duplicates = new DuplicateDetector();
    /** How many of the latest stored articles a restart registers with the duplicate detector. */
    private static final int RESTORED_FINGERPRINTS = 20_000;
    private long nextSeq;
    /**
     * Time spent per stage since the start, in nanoseconds, and articles stored: analysis, the embedding and
     * profile, and the locked part (duplicates, clustering, the durable store write and the search index).
     */
    private final java.util.concurrent.atomic.AtomicLongArray stageNanos = new java.util.concurrent.atomic.AtomicLongArray(4);
    static final List<String> STAGES = List.of("analysis", "embedding", "clusterAndStore");

    IngestPipeline(Store store, Optional<SearchIndex> index, ArticleAnalyzer analyzer, Embedder embedder,
                   StoryModel model, BriefRebuilder briefs) {
        this.store = Objects.requireNonNull(store, "store");
        this.index = Objects.requireNonNull(index, "index");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.briefs = Objects.requireNonNull(briefs, "briefs");
        this.clusterer = new StoryClusterer(model, StoryClusterer.Config.DEFAULTS);
        // merges are written with the article whose arrival caused them, in one transaction
        this.clusterer.onMerge((from, into) -> pendingMerges.add(new long[] {from, into}));
    }

    /** Merges the clusterer made for the article being stored. */
    private final List<long[]> pendingMerges = new ArrayList<>();
    /** Set when a write failed after the clusterer had moved on: memory is ahead of the store until a restart. */
    private volatile RuntimeException broken;
    /** Longest id and URL stored (PostgreSQL indexes them; an entry must stay within its index page). */
    static final int MAX_ID = 1000;
    static final int MAX_URL = 2000;

    /**
     * Feeds the stored profiles to the clusterer in order of arrival, so new articles join the stories they would
     * have joined without a restart, and indexes for search what the index's last commit missed. Returns how many
     * articles were replayed.
     */
    long restore() {
        synchronized (lock) {
            long[] count = {0};
            long indexed = index.map(SearchIndex::indexedUpTo).orElse(Long.MAX_VALUE);
            long fingerprintFrom = store.nextSeq() - RESTORED_FINGERPRINTS;
            store.replay(a -> {
                ArticleProfile profile = ProfileJson.read(a.profile());
                // the stored story, not a new decision: numbers must match the database whatever changed since
                clusterer.restore(profile, Math.toIntExact(a.story()));
                String text = a.seq() > indexed || a.seq() >= fingerprintFrom ? textOf(a.analysis()) : null;
                if (a.seq() >= fingerprintFrom) {
                    duplicates.register(a.id(), text);
                }
                if (a.seq() > indexed) {
                    index.get().add(a.seq(), a.id(), a.title().orElse(""), text, profile.embedding());
                }
                count[0]++;
            });
            nextSeq = store.nextSeq();
            store.storiesWithoutBrief().forEach(briefs::touch);
            return count[0];
        }
    }

    /**
     * The stories of one topic with a story (another event of one kind, a follow-up), as the clusterer sees them
     * now: {@link RelatedStories#lookUp} under the shipped topic model (biggest first), as the Flink job looks them
     * up. Empty for a story no longer active.
     */
    List<Long> related(long story) {
        synchronized (lock) {
            return RelatedStories.lookUp(clusterer, topics, story);
        }
    }

    /** The story a story number stands for now: itself, or the story it was merged into (as far as remembered). */
    long current(long story) {
        if (story < 1 || story > Integer.MAX_VALUE) {
            return story;
        }
        synchronized (lock) {
            return clusterer.current((int) story);
        }
    }

    /** Why writes are refused until a restart (a store write failed), or empty while they are taken. */
    Optional<String> broken() {
        RuntimeException failure = broken;
        return failure == null ? Optional.empty() : Optional.of("a store write failed (" + failure.getMessage()
                + "); restart the server, which rebuilds its stories from the store");
    }

    /** Reads, analyses, clusters and stores the JSON Lines of a request body; {@code name} names it in messages. */
    Result ingest(String name, byte[] body) {
        RuntimeException failure = broken;
        if (failure != null) {
            throw new IllegalStateException(broken().orElseThrow(), failure);
        }
        List<String> rawLines = lines(body);
        List<LineResult> results = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        new ArticleReader().readJsonLines(name, new ByteArrayInputStream(body), new ArticleSink() {
            @Override
            public void article(Article article) {
                if (article.id().length() > MAX_ID || article.url().map(String::length).orElse(0) > MAX_URL) {
                    results.add(new LineResult(article.origin().line(), Optional.empty(), LineResult.REJECTED,
                            Optional.empty(), Optional.of(article.origin() + ": error: an id longer than " + MAX_ID
                            + " or a URL longer than " + MAX_URL + " characters; skipped")));
                    return;
                }
                articles.add(article);
            }

            @Override
            public void problem(InputProblem problem) {
                if (problem.rejected()) {
                    results.add(new LineResult(problem.origin().line(), Optional.empty(), LineResult.REJECTED,
                            Optional.empty(), Optional.of(problem.toString())));
                }
            }
        });
        long now = System.currentTimeMillis();
        List<Article> fresh = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        /** The content hash of the first line of this request under each id. */
        Map<String, String> firstHash = new HashMap<>();
        for (Article a : articles) {
            int line = a.origin().line();
            String hash = a.contentHash();
            boolean stored = store.contains(a.id());
            String earlier = firstHash.putIfAbsent(a.id(), hash);
            // another article under an id already used (two files of one name in two folders, an outlet's
            // update) is stored neither silently nor over the first: against what is stored, else against the
            // request's first line under it
            String before = stored ? storedHash(a.id()) : earlier;
            if (before != null && !hash.equals(before)) {
                results.add(new LineResult(line, Optional.of(a.id()), LineResult.REJECTED, Optional.empty(),
                        Optional.of(otherContent(a, stored))));
                continue;
            }
            Optional<String> same = stored || earlier != null ? Optional.of(a.id())
                    : a.url().flatMap(u -> store.sameContent(u, hash));
            if (same.isPresent()) {
                results.add(new LineResult(line, Optional.of(a.id()), LineResult.DUPLICATE, Optional.empty(),
                        Optional.of("already stored as " + same.get())));
            } else {
                fresh.add(a);
                hashes.put(a.id(), hash);
            }
        }
        List<Store.Addition> additions = new ArrayList<>();
        // the request's log lines are written once: with its articles, or alone when it has none to analyse
        boolean analysing = !fresh.isEmpty();
        if (analysing) {
            long t0 = System.nanoTime();
            Map<String, AnalyzedArticle> analyzed = new HashMap<>();
            Map<Integer, InputProblem> faults = new HashMap<>();
            for (AnalyzedArticle a : analyzer.analyze(fresh, f -> faults.put(f.origin().line(), f))) {
                analyzed.put(a.id(), a);
            }
            // an article whose analysis failed (a fault of ours) is rejected with the reason; the others go on
            fresh.removeIf(a -> {
                if (analyzed.containsKey(a.id())) {
                    return false;
                }
                InputProblem fault = faults.get(a.origin().line());
                System.err.println("corroborate: " + (fault == null ? a.origin() + ": error: not analysed" : fault));
                results.add(new LineResult(a.origin().line(), Optional.of(a.id()), LineResult.REJECTED,
                        Optional.empty(), Optional.of(fault == null ? a.origin() + ": error: not analysed"
                        : fault.toString())));
                return true;
            });
            List<AnalyzedArticle> ordered = fresh.stream().map(a -> analyzed.get(a.id())).toList();
            long t1 = System.nanoTime();
            List<ArticleProfile> profiles = new ArrayList<>(extractor.profiles(ordered, embedder));
            long t2 = System.nanoTime();
            stageNanos.addAndGet(0, t1 - t0);
            stageNanos.addAndGet(1, t2 - t1);
            synchronized (lock) {
                long t3 = System.nanoTime();
                // every article of the request is clustered, then all are stored with the request's log lines in
                // one transaction (one durable commit), before any is indexed or answered
                List<AnalyzedArticle> storedAnalyses = new ArrayList<>();
                List<Integer> storedAt = new ArrayList<>();
                for (int i = 0; i < fresh.size(); i++) {
                    Article article = fresh.get(i);
                    AnalyzedArticle a = ordered.get(i);
                    int line = article.origin().line();
                    if (store.contains(article.id())) {
                        // another request stored it while this one was analysing
                        boolean same = hashes.get(article.id()).equals(storedHash(article.id()));
                        results.add(same ? new LineResult(line, Optional.of(article.id()), LineResult.DUPLICATE,
                                Optional.empty(), Optional.of("already stored as " + article.id()))
                                : new LineResult(line, Optional.of(article.id()), LineResult.REJECTED,
                                Optional.empty(), Optional.of(otherContent(article, true))));
                        continue;
                    }
                    // a copy of an article of an earlier request is linked to it, as copies within one are
                    Optional<String> original = duplicates.register(article.id(), a.text());
                    if (a.duplicateOf().isEmpty() && original.isPresent()) {
                        a = a.withDuplicateOf(original);
                        profiles.set(i, profiles.get(i).withDuplicateOf(original));
                    }
                    pendingMerges.clear();
                    long story = clusterer.assign(profiles.get(i));
                    String title = a.cleaned().title().orElse(article.id());
                    StoredArticle stored = new StoredArticle(article.id(), nextSeq++, story,
                            a.cleaned().source().name(), article.url(), a.cleaned().title(),
                            article.published().map(p -> p.iso()), hashes.get(article.id()), a.duplicateOf(), now,
                            rawLines.get(line - 1).strip(), AnalysisJsonWriter.line(a), ProfileJson.write(profiles.get(i)));
                    additions.add(new Store.Addition(stored, title, pendingMerges, name + ":" + line));
                    storedAnalyses.add(a);
                    storedAt.add(i);
                }
                write(additions, logs(now, name, results));
                for (int k = 0; k < additions.size(); k++) {
                    Store.Addition added = additions.get(k);
                    StoredArticle stored = added.article();
                    AnalyzedArticle a = storedAnalyses.get(k);
                    for (long[] merge : added.merges()) {
                        briefs.forget(merge[0]);
                    }
                    if (index.isPresent()) {
                        try {
                            index.get().add(stored.seq(), stored.id(), a.cleaned().title().orElse(""), a.text(),
                                    profiles.get(storedAt.get(k)).embedding());
                        } catch (RuntimeException e) {
                            // stored all the same: a restart indexes what the index's last commit missed
                            System.err.println("corroborate: " + name + ":" + fresh.get(storedAt.get(k)).origin()
                                    .line() + ": warning: stored, but not indexed for search until a restart: " + e);
                        }
                    }
                    results.add(new LineResult(fresh.get(storedAt.get(k)).origin().line(), Optional.of(stored.id()),
                            LineResult.STORED, Optional.of(stored.story()), Optional.empty()));
                    briefs.remember(a);
                    briefs.touch(stored.story());
                    stageNanos.incrementAndGet(3);
                }
                stageNanos.addAndGet(2, System.nanoTime() - t3);
            }
        }
        if (!analysing) {
            synchronized (lock) {
                write(List.of(), logs(now, name, results));
            }
        }
        // a later line may have merged the story an earlier one joined: answer with the stories as they are now
        List<LineResult> current = new ArrayList<>();
        synchronized (lock) {
            for (LineResult r : results) {
                current.add(r.story().isEmpty() ? r : new LineResult(r.line(), r.id(), r.outcome(),
                        Optional.of((long) clusterer.current(Math.toIntExact(r.story().get()))), r.reason()));
            }
        }
        current.sort(java.util.Comparator.comparingInt(LineResult::line));
        return new Result(current);
    }

    /** The content hash of a stored article, empty when none is stored under the id. */
    private String storedHash(String id) {
        return store.article(id).map(StoredArticle::contentHash).orElse("");
    }

    private static String otherContent(Article a, boolean stored) {
        return a.origin() + ": error: id '" + a.id() + "' is " + (stored ? "already stored" : "given earlier in "
                + "this request") + " with other content; not stored. Each article needs its own id (a file's id "
                + "is its path below the folder given, so two folders' files of one name share it; a feed item's "
                + "is its guid or link, so an updated item keeps it)";
    }

    /** The log lines of a request's duplicate and rejected lines (stored ones are logged with their articles). */
    private static List<LogEntry> logs(long now, String name, List<LineResult> results) {
        return results.stream().filter(r -> !r.outcome().equals(LineResult.STORED)).map(r -> new LogEntry(now,
                name + ":" + r.line(), r.outcome().equals(LineResult.DUPLICATE) ? r.id() : Optional.empty(),
                r.outcome(), r.reason())).toList();
    }

    /** One durable commit of a request's articles and log lines; a failure leaves the server refusing writes. */
    private void write(List<Store.Addition> additions, List<LogEntry> logs) {
        if (additions.isEmpty() && logs.isEmpty()) {
            return;
        }
        try {
            store.add(additions, logs);
        } catch (RuntimeException e) {
            broken = e;
            throw e;
        }
    }

    /**
     * Milliseconds per stored article in each of {@link #STAGES} since the start (wall time of the request threads:
     * analysis of a batch runs on every core, so its share is of elapsed time, not of CPU), then the count.
     */
    double[] stageMillisPerArticle() {
        long articles = Math.max(1, stageNanos.get(3));
        return new double[] {stageNanos.get(0) / 1e6 / articles, stageNanos.get(1) / 1e6 / articles,
                stageNanos.get(2) / 1e6 / articles, stageNanos.get(3)};
    }

    private static String textOf(String analysisJson) {
        try {
            return JSON.readTree(analysisJson).path("text").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a body as text (invalid bytes replaced: the reader rejects those lines anyway). */
    private static List<String> lines(byte[] body) {
        return List.of(new String(body, StandardCharsets.UTF_8).split("\n", -1));
    }
}
