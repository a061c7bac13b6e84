package org.corroborate.flink;

import java.io.IOException;
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
 * Rebuilds the brief of each story that grew, keyed by story so stories spread over the tasks, and stores it as the
 * story's next version with its JSON and HTML, as the server's rebuilder does. A story is rebuilt once its input
 * ended (bounded input: one brief per story) or, while inputs are monitored, once it has been quiet for the debounce
 * time. Nothing is written twice: a story whose latest brief already counts all its articles (a replay after a
 * failure) is skipped. The articles are read back from the store and analysed again, since an analysis is too rich
 * an object for Flink to carry.
 */
final class BriefWriter extends KeyedProcessFunction<Long, Long, Void> {
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
        due = getRuntimeContext().getState(new ValueStateDescriptor<>("due", Long.class));
        busy = new BusyTime("briefs (articles in rebuilt stories)");
    }

    @Override
    public void processElement(Long story, Context context, Collector<Void> out) throws IOException {
        grown.update(true);
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
        busy.add(rebuild(context.getCurrentKey()), start);
    }

    /**
     * Builds and stores the story's brief and returns how many articles it has; nothing (0) when it has no articles
     * (merged away) or its brief is current.
     */
    int rebuild(long story) {
        List<StoredArticle> stored = store.articlesOf(story);
        if (stored.isEmpty()) {
            return 0;
        }
        Optional<BriefVersion> latest = store.latestBrief(story);
        if (latest.isPresent() && latest.get().articles() == stored.size()) {
            return 0;
        }
        StoredStoryBrief built = StoredStoryBrief.build(story, stored.stream().map(a -> new StoredStoryBrief.Input(
                a.id(), a.input(), a.duplicateOf())).toList(), Map.of(), analyzer, builder, a -> { });
        store.addBrief(story, System.currentTimeMillis(), stored.size(), built.brief().headline(),
                built.corroborated(), built.json(), built.html());
        return stored.size();
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
