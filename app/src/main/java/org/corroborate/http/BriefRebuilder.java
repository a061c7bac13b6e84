package org.corroborate.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.cluster.RelatedStories;
import org.corroborate.present.StoredStoryBrief;
import org.corroborate.store.Store;
import org.corroborate.store.StoredArticle;

/**
 * Rebuilds the briefs of stories that grew, in the background: a story is rebuilt once it has been quiet for the
 * debounce time (a burst of reports of one story gives one new version, not one per report), and each rebuild is
 * stored as the story's next version with its JSON (the schema of {@code brief --format json}) and its HTML report.
 * One background thread. Thread-safe.
 */
final class BriefRebuilder implements AutoCloseable {
    private final Store store;
    private final ArticleAnalyzer analyzer;
    private final BriefBuilder builder;
    private final long debounceMillis;
    /** Story to the time it was last touched. */
    private final Map<Long, Long> dirty = new LinkedHashMap<>();
    /** Analyses of recently stored articles, so a story that grows is not analysed again from its first article. */
    private final Map<String, AnalyzedArticle> analyses = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
                    return size() > 5_000;
                }
            });
    /** The stories related to a story (of one topic), as the clusterer sees them when its brief is rebuilt. */
    private volatile LongFunction<List<Long>> related = story -> List.of();
    /**
     * What each recent brief listed, so a story whose brief lists another is listed back by it, and a story newly
     * related to another is rebuilt too, without waiting for an article of its own. Guarded by itself.
     */
    private final RelatedStories listings = new RelatedStories();
    private volatile boolean closing;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "corroborate-briefs");
        t.setDaemon(true);
        return t;
    });

    BriefRebuilder(Store store, ArticleAnalyzer analyzer, BriefBuilder builder, long debounceMillis) {
        this.store = store;
        this.analyzer = analyzer;
        this.builder = builder;
        this.debounceMillis = debounceMillis;
        worker.scheduleWithFixedDelay(this::rebuildQuiet, debounceMillis, Math.max(50, debounceMillis / 4),
                TimeUnit.MILLISECONDS);
    }

    /** Where rebuilds find a story's related stories from now on (the ingest pipeline, made after this). */
    void relatedBy(LongFunction<List<Long>> finder) {
        this.related = Objects.requireNonNull(finder, "finder");
    }

    /** Keeps an article's analysis for the rebuilds of its story (the ingest just made it). */
    void remember(AnalyzedArticle article) {
        analyses.put(article.id(), article);
    }

    /** Marks a story as grown. */
    synchronized void touch(long story) {
        long now = System.currentTimeMillis();
        dirty.put(story, now);
        lastTouch = now;
    }

    /** When an article last grew a story: ingest counts as busy for {@link #BUSY_MILLIS} after it. */
    private volatile long lastTouch;
    private static final long BUSY_MILLIS = 1_000;

    /** A story merged into another has nothing left to rebuild. */
    synchronized void forget(long story) {
        dirty.remove(story);
    }

    /** How many stories wait for a new brief. */
    synchronized int pending() {
        return dirty.size();
    }

    /**
     * Stories the worker has taken from {@link #dirty} and not yet rebuilt, in order; {@link #flush} takes them
     * too, so none is left behind when it returns. Guarded by this.
     */
    private final java.util.ArrayDeque<Long> inHand = new java.util.ArrayDeque<>();
    /** Held while a brief is built: the worker's and {@link #flush}'s rebuilds never overlap. */
    private final Object rebuilding = new Object();

    private void rebuildQuiet() {
        long now = System.currentTimeMillis();
        synchronized (this) {
            dirty.forEach((story, touched) -> {
                if (now - touched >= debounceMillis) {
                    inHand.add(story);
                }
            });
            inHand.forEach(dirty::remove);
        }
        while (!closing) {
            long start = System.nanoTime();
            // taken under the lock flush waits on, so a story is either still in hand for flush or rebuilt
            // before flush returns
            synchronized (rebuilding) {
                Long story;
                synchronized (this) {
                    story = inHand.poll();
                }
                if (story == null) {
                    return;
                }
                try {
                    rebuild(story);
                } catch (RuntimeException e) {
                    if (!closing) {
                        System.err.println("corroborate: the brief of story " + story + " could not be built: " + e);
                    }
                }
            }
            // while articles arrive, rebuilds take at most half of this thread's time: each is followed by a pause
            // as long as itself, so requests keep the cores they need and the stories touched meanwhile are rebuilt
            // once for all their new articles instead of once for each
            if (System.currentTimeMillis() - lastTouch < BUSY_MILLIS) {
                try {
                    long took = System.nanoTime() - start;
                    Thread.sleep(took / 1_000_000, (int) (took % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        // closing: what is still in hand waits in dirty, where a restart's queue (stories without a brief) or a
        // flush finds it
        synchronized (this) {
            inHand.forEach(story -> dirty.putIfAbsent(story, 0L));
            inHand.clear();
        }
    }

    /** Builds and stores a story's brief now; empty when the story has no articles. */
    Optional<Integer> rebuild(long story) {
        List<StoredArticle> stored = store.articlesOf(story);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredStoryBrief built = StoredStoryBrief.build(story, stored.stream().map(a -> new StoredStoryBrief.Input(
                a.id(), a.input(), a.duplicateOf())).toList(), analyses, analyzer, builder,
                a -> analyses.put(a.id(), a), relatedOf(story));
        return Optional.of(store.addBrief(story, System.currentTimeMillis(), stored.size(), built.brief().headline(),
                built.corroborated(), built.json(), built.html()));
    }

    /** The related stories the store knows, with their headlines (a story without a brief yet by its number). */
    private List<StoredStoryBrief.Related> relatedOf(long story) {
        List<StoredStoryBrief.Related> found = new ArrayList<>();
        List<Long> lookedUp = related.apply(story);
        RelatedStories.Listing listing;
        synchronized (listings) {
            listing = listings.list(story, lookedUp);
        }
        // a prompted story waits like a grown one, but its rebuild is no sign of articles arriving
        synchronized (this) {
            listing.prompted().forEach(other -> dirty.put(other, System.currentTimeMillis()));
        }
        for (long other : listing.related()) {
            store.story(other).ifPresent(s -> found.add(new StoredStoryBrief.Related(other, s.headline())));
        }
        return found;
    }

    /**
     * Rebuilds every waiting story now, those the worker holds included, and returns when none is left to
     * rebuild or being rebuilt (for tests, {@code ingest --db} and shutdown).
     */
    void flush() {
        List<Long> due;
        synchronized (this) {
            due = new ArrayList<>(dirty.keySet());
            dirty.clear();
            inHand.forEach(story -> {
                if (!due.contains(story)) {
                    due.add(story);
                }
            });
            inHand.clear();
        }
        synchronized (rebuilding) {
            // holding it, the worker's rebuild in progress (if any) has ended
            for (long story : due) {
                rebuild(story);
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        worker.shutdownNow();
    }
}
