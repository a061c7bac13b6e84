package org.corroborate.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.corroborate.analyze.AnalysisConfig;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.embed.CachingEmbedder;
import org.corroborate.present.StoredStoryBrief;
import org.corroborate.store.BriefVersion;
import org.corroborate.store.Store;
import org.corroborate.store.StoredArticle;

/**
 * Rebuilds the brief of each story that grew or that a story newly related to it lists, keyed by story so stories
 * spread over the tasks, and stores it as the story's next version with its JSON and HTML, as the server's rebuilder
 * does. The brief lists the related stories of the story's latest listing ({@link StoryListing}, made where the
 * clusterer is) that the store still holds: a story merged away since is left out, as the server leaves it out. A
 * story is rebuilt once its input ended (bounded input: one brief per story) or, while inputs are monitored, once it
 * has been quiet for the debounce time. Nothing is written twice: a story whose latest brief already counts all its
 * articles and lists the same related stories (a replay after a failure) is skipped. The articles are read back
 * from the store and analysed again, since an analysis is too rich an object for Flink to carry.
 */
final class BriefWriter extends KeyedProcessFunction<Long, StoryListing, Void> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Statement vectors a brief task keeps (about 2 KB each): as many as the server keeps. */
    private static final int STATEMENT_VECTORS = 20_000;
    private static final long serialVersionUID = 1L;
    private final String db;
    private final long debounceMillis;
    private final boolean monitored;
    private transient Store store;
    private transient ArticleAnalyzer analyzer;
    private transient BriefBuilder builder;
    private transient ValueState<Boolean> grown;
    /** The related stories of the story's latest listing, biggest first. */
    private transient ValueState<long[]> related;
    /** While monitored: when the story will have been quiet long enough (a later article postpones it). */
    private transient ValueState<Long> due;
    private transient BusyTime busy;

    BriefWriter(String db, boolean monitored, long debounceMillis) {
        this.db = db;
        this.monitored = monitored;
        this.debounceMillis = debounceMillis;
    }

    @Override
    public void open(OpenContext context) {
        store = SharedStores.acquire(db);
        analyzer = new ArticleAnalyzer(AnalysisConfig.DEFAULTS.withThreads(1));
        // with --monitor a story is rebuilt each time it goes quiet: its statements' vectors are embedded once
        builder = new BriefBuilder(new CachingEmbedder(new BgeSmallEmbedder(), STATEMENT_VECTORS),
                BriefBuilder.Config.DEFAULTS);
        grown = getRuntimeContext().getState(new ValueStateDescriptor<>("grown", Boolean.class));
        related = getRuntimeContext().getState(new ValueStateDescriptor<>("related", long[].class));
        due = getRuntimeContext().getState(new ValueStateDescriptor<>("due", Long.class));
        busy = new BusyTime("briefs (articles in rebuilt stories)");
    }

    @Override
    public void processElement(StoryListing listing, Context context, Collector<Void> out) throws IOException {
        grown.update(true);
        related.update(listing.related());
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        if (monitored) {
            long quiet = context.timerService().currentProcessingTime() + debounceMillis;
            due.update(quiet);
            context.timerService().registerProcessingTimeTimer(quiet);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Void> out) throws IOException {
        if (!Boolean.TRUE.equals(grown.value())) {
            return;
        }
        Long quiet = due.value();
        if (context.timeDomain() == org.apache.flink.streaming.api.TimeDomain.PROCESSING_TIME && quiet != null
                && timestamp < quiet) {
            return;
        }
        grown.clear();
        due.clear();
        long start = System.nanoTime();
        long[] listed = related.value();
        busy.add(rebuild(context.getCurrentKey(), listed == null ? new long[0] : listed), start);
    }

    /**
     * Builds and stores the story's brief, listing the {@code listed} stories the store still holds, and returns
     * how many articles it has; nothing (0) when it has no articles (merged away) or its brief is current.
     */
    int rebuild(long story, long[] listed) {
        List<StoredArticle> stored = store.articlesOf(story);
        if (stored.isEmpty()) {
            related.clear();
            return 0;
        }
        // with their headlines, as the server links them (a story without a brief yet by its number)
        List<StoredStoryBrief.Related> relatedStories = new ArrayList<>();
        for (long other : listed) {
            store.story(other).ifPresent(s -> relatedStories.add(new StoredStoryBrief.Related(other, s.headline())));
        }
        List<String> relatedIds = relatedStories.stream().map(r -> String.valueOf(r.story())).toList();
        Optional<BriefVersion> latest = store.latestBrief(story);
        if (latest.isPresent() && latest.get().articles() == stored.size()
                && relatedIn(latest.get()).equals(relatedIds)) {
            return 0;
        }
        StoredStoryBrief built = StoredStoryBrief.build(story, stored.stream().map(a -> new StoredStoryBrief.Input(
                a.id(), a.input(), a.duplicateOf())).toList(), Map.of(), analyzer, builder, a -> { }, relatedStories);
        store.addBrief(story, System.currentTimeMillis(), stored.size(), built.brief().headline(),
                built.corroborated(), built.json(), built.html());
        return stored.size();
    }

    /** The related stories a stored brief lists (its JSON's {@code relatedStories}). */
    private static List<String> relatedIn(BriefVersion brief) {
        try {
            List<String> ids = new ArrayList<>();
            JSON.readTree(brief.json()).at("/stories/0/relatedStories").forEach(id -> ids.add(id.asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("the stored brief of story " + brief.story() + " version "
                    + brief.version() + " is not JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (busy != null) {
            busy.report(getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(),
                    getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks());
        }
        if (store != null) {
            SharedStores.release(db);
            store = null;
        }
    }
}
