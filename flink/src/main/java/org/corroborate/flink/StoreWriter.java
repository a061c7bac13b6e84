package org.corroborate.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.corroborate.store.Store;
import org.corroborate.store.StoredArticle;

/**
 * Stores each article with its story and the merges it caused, in one transaction, as the server does, into the
 * same tables {@code serve} reads. Idempotent: an article already stored (a replay after a failure, or an input
 * read twice) is skipped, merges included, since they were written with it. Passes on, for their briefs, the story
 * that grew and the stories newly related to it, each with the related stories its brief lists now, once the
 * article is stored (nothing when the job builds no briefs). At parallelism 1, after the clusterer, so articles arrive in the order they were assigned.
 */
final class StoreWriter extends RichFlatMapFunction<Assigned, StoryListing> {
    private static final long serialVersionUID = 1L;
    private final String db;
    private transient Store store;
    private transient BusyTime busy;

    StoreWriter(String db) {
        this.db = db;
    }

    @Override
    public void open(OpenContext context) {
        store = SharedStores.acquire(db);
        busy = new BusyTime("store (articles)");
    }

    @Override
    public void flatMap(Assigned assigned, Collector<StoryListing> out) {
        long start = System.nanoTime();
        Analysed a = assigned.article();
        List<long[]> merges = new ArrayList<>();
        for (int i = 0; i + 1 < assigned.merges().length; i += 2) {
            merges.add(new long[] {assigned.merges()[i], assigned.merges()[i + 1]});
        }
        if (!store.contains(a.id())) {
            StoredArticle stored = new StoredArticle(a.id(), store.nextSeq(), assigned.story(), a.source(),
                    Optional.ofNullable(a.url()), Optional.ofNullable(a.title()), Optional.ofNullable(a.published()),
                    a.contentHash(), a.original(), System.currentTimeMillis(), a.input(), a.analysis(), a.profile());
            store.add(stored, Optional.ofNullable(a.title()).orElse(a.id()), merges);
        }
        busy.add(1, start);
        assigned.listings().forEach(out::collect);
    }

    @Override
    public void close() {
        if (busy != null) {
            busy.report(0, 1);
        }
        if (store != null) {
            SharedStores.release(db);
            store = null;
        }
    }
}
