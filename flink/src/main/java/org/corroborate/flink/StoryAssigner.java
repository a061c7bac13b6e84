package org.corroborate.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.ProfileJson;
import org.corroborate.cluster.RelatedStories;
import org.corroborate.cluster.StoryClusterer;
import org.corroborate.cluster.StoryModel;
import org.corroborate.dedupe.DuplicateDetector;
import org.corroborate.store.Store;

/**
 * Near-duplicate detection and story clustering, at parallelism 1 (one key): core's {@link DuplicateDetector} and
 * {@link StoryClusterer}, fed exactly as {@code cluster} feeds them. Articles come back from parallel analysis in any
 * order; they are put back in reading order (their sequence numbers), registered with the duplicate detector in that
 * order, then held in a buffer of {@code reorder} articles and assigned in order of publication. End of input (the
 * final watermark) assigns what the buffer holds. Each assignment also lists the related stories of the story the
 * article joined, as the server's briefs list them ({@link RelatedStories}: the clusterer's lookup under the shipped
 * topic model, biggest first, and the stories that list it back), and lists again each story that listing newly
 * names; the listings go downstream with the article, for the briefs (without briefs nothing is listed: a lookup
 * costs about as much as assigning eight articles).
 *
 * <p>What a checkpoint holds (operator state; Flink keeps no objects, only these records): the articles not assigned
 * yet, the next sequence number, the fingerprints registered (the detector's window), every (profile, story) pair of
 * the stories still active, the merges, the highest story number, and what the related stories' listing remembers
 * (each recent story's latest listing and the pairs that prompted one). Restoring replays the pairs with
 * {@link StoryClusterer#restore}, as {@code serve} does after a restart: the stories keep their numbers, and stories
 * that expired are not brought back; the listings come back as they were, so a replayed article lists what it
 * listed before the failure. A first start replays the store instead, so a store that already holds stories (an
 * earlier run, {@code serve}'s) goes on with them, with no listing remembered, as {@code serve} after a restart.
 * Not thread-safe, as Flink calls a function from one thread.
 */
final class StoryAssigner extends KeyedProcessFunction<Integer, Analysed, Assigned> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fingerprint the detector has registered, in the parts a checkpoint can hold. */
    public record Registered(String id, long exactHash, int[] signature, int shingles) {
    }

    /** An article of an active story, as a restore replays it. */
    public record Member(String profile, int story) {
    }

    /** Story {@code from} was merged into {@code into}. */
    public record Merge(int from, int into) {
    }

    /** A story's latest listing of related stories, as {@link RelatedStories} remembers it. */
    public record Listed(long story, long[] related) {
    }

    private final String db;
    private final int reorder;
    private final double windowDays;
    private final boolean listRelated;

    private transient StoryClusterer clusterer;
    private transient StoryModel topics;
    private transient RelatedStories listings;
    private transient DuplicateDetector duplicates;
    /** Analysed articles that came before an earlier one, by sequence number. */
    private transient TreeMap<Long, Analysed> early;
    /** Registered articles waiting for their turn in order of publication. */
    private transient PriorityQueue<Analysed> byTime;
    private transient long next;
    private transient ArrayDeque<Registered> registered;
    private transient List<Member> members;
    private transient List<Merge> merges;
    private transient List<long[]> pendingMerges;
    private transient BusyTime busy;

    private transient ListState<Analysed> waitingState;
    private transient ListState<Long> nextState;
    private transient ListState<Registered> registeredState;
    private transient ListState<Member> membersState;
    private transient ListState<Merge> mergesState;
    private transient ListState<Integer> storiesState;
    private transient ListState<Listed> listedState;
    private transient ListState<Long> promptsState;

    /** {@code listRelated}: whether to list each touched story's related stories, which only briefs need. */
    StoryAssigner(String db, int reorder, double windowDays, boolean listRelated) {
        this.db = db;
        this.reorder = reorder;
        this.windowDays = windowDays;
        this.listRelated = listRelated;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        var states = context.getOperatorStateStore();
        waitingState = states.getListState(new ListStateDescriptor<>("waiting", Analysed.class));
        nextState = states.getListState(new ListStateDescriptor<>("next", Long.class));
        registeredState = states.getListState(new ListStateDescriptor<>("fingerprints", Registered.class));
        membersState = states.getListState(new ListStateDescriptor<>("members", Member.class));
        mergesState = states.getListState(new ListStateDescriptor<>("merges", Merge.class));
        storiesState = states.getListState(new ListStateDescriptor<>("stories", Integer.class));
        listedState = states.getListState(new ListStateDescriptor<>("listed", Listed.class));
        promptsState = states.getListState(new ListStateDescriptor<>("prompts", Long.class));

        clusterer = new StoryClusterer(StoryModel.shipped(), StoryClusterer.Config.DEFAULTS.withWindowDays(windowDays));
        pendingMerges = new ArrayList<>();
        clusterer.onMerge((from, into) -> {
            pendingMerges.add(new long[] {from, into});
            merges.add(new Merge(from, into));
        });
        topics = StoryModel.shippedTopics();
        listings = new RelatedStories();
        duplicates = new DuplicateDetector();
        early = new TreeMap<>();
        byTime = new PriorityQueue<>(Comparator.comparingLong(Analysed::time).thenComparingLong(Analysed::seq));
        registered = new ArrayDeque<>();
        members = new ArrayList<>();
        merges = new ArrayList<>();
        next = 0;
        if (!context.isRestored()) {
            continueFromStore();
            return;
        }
        for (Long value : nextState.get()) {
            next = value;
        }
        for (Registered r : registeredState.get()) {
            duplicates.register(r.id(), DuplicateDetector.Fingerprint.of(r.exactHash(), r.signature(), r.shingles()));
            registered.add(r);
        }
        Map<Integer, Integer> mergedInto = new HashMap<>();
        for (Merge m : mergesState.get()) {
            merges.add(m);
            mergedInto.put(m.from(), m.into());
        }
        for (Member m : membersState.get()) {
            int story = m.story();
            for (Integer into = mergedInto.get(story); into != null; into = mergedInto.get(story)) {
                story = into;
            }
            clusterer.restore(ProfileJson.read(m.profile()), story);
            members.add(new Member(m.profile(), story));
        }
        for (Integer stories : storiesState.get()) {
            clusterer.continueAfter(stories);
        }
        // in the order they were kept, so the oldest are forgotten first as before
        for (Listed l : listedState.get()) {
            listings.restoreListing(l.story(), Arrays.stream(l.related()).boxed().collect(Collectors.toSet()));
        }
        for (Long pair : promptsState.get()) {
            listings.restorePrompt(pair);
        }
        for (Analysed a : waitingState.get()) {
            if (a.seq() < next) {
                byTime.add(a);
            } else {
                early.put(a.seq(), a);
            }
        }
    }

    /**
     * A first start on a store that already holds articles (an earlier run, or {@code serve}) continues its stories,
     * as {@code serve} does after a restart: the stored profiles are replayed in order of arrival, the latest articles
     * are registered with the duplicate detector, and new stories are numbered after the stored ones.
     */
    private void continueFromStore() {
        Store store = SharedStores.acquire(db);
        try {
            long fingerprintFrom = store.nextSeq() - DuplicateDetector.Config.DEFAULTS.capacity();
            int[] highest = {0};
            store.replay(a -> {
                int story = Math.toIntExact(a.story());
                clusterer.restore(ProfileJson.read(a.profile()), story);
                members.add(new Member(a.profile(), story));
                highest[0] = Math.max(highest[0], story);
                if (a.seq() >= fingerprintFrom) {
                    DuplicateDetector.Fingerprint f = duplicates.fingerprint(a.title().orElse("") + "\n"
                            + textOf(a.analysis()));
                    duplicates.register(a.id(), f);
                    remember(new Registered(a.id(), f.exactHash(), f.signature(), f.shingles()));
                }
            });
            clusterer.continueAfter(highest[0]);
        } finally {
            SharedStores.release(db);
        }
    }

    private static String textOf(String analysisJson) {
        try {
            return JSON.readTree(analysisJson).path("text").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void open(OpenContext context) {
        // state is made in initializeState, which Flink calls first
        busy = new BusyTime("duplicates and stories (articles)");
    }

    @Override
    public void close() {
        busy.report(0, 1);
    }

    @Override
    public void processElement(Analysed article, Context context, Collector<Assigned> out) {
        early.put(article.seq(), article);
        for (Analysed a = early.remove(next); a != null; a = early.remove(next)) {
            next++;
            if (a.isPlaceholder()) {
                continue;
            }
            // the first of a group of copies is the original, as the analyser's run-wide detector decides
            Optional<String> original = duplicates.register(a.id(), DuplicateDetector.Fingerprint.of(a.exactHash(),
                    a.signature(), a.shingles()));
            if (original.filter(a.id()::equals).isPresent()) {
                // read again (a second run over the same files): its story already holds it, the store has it
                continue;
            }
            remember(new Registered(a.id(), a.exactHash(), a.signature(), a.shingles()));
            byTime.add(original.map(a::withDuplicateOf).orElse(a));
            // one article at a time, so what is assigned when depends on the reading order alone, never on how
            // analysis results happened to arrive together
            while (byTime.size() > reorder) {
                assign(byTime.poll(), out);
            }
        }
        // the final watermark (end of a bounded input) assigns the rest
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Assigned> out) {
        if (!early.isEmpty()) {
            throw new IllegalStateException("input ended with articles " + next + " to " + early.firstKey()
                    + " missing: an analysis task lost them");
        }
        while (!byTime.isEmpty()) {
            assign(byTime.poll(), out);
        }
    }

    private void assign(Analysed a, Collector<Assigned> out) {
        long start = System.nanoTime();
        ArticleProfile profile = ProfileJson.read(a.profile()).withDuplicateOf(a.original());
        pendingMerges.clear();
        int story = clusterer.assign(profile);
        // written again only for a copy: JSON is a large part of this stage's cost
        String profileJson = a.duplicateOf() == null ? a.profile() : ProfileJson.write(profile);
        members.add(new Member(profileJson, story));
        long[] flat = new long[pendingMerges.size() * 2];
        for (int i = 0; i < pendingMerges.size(); i++) {
            flat[2 * i] = pendingMerges.get(i)[0];
            flat[2 * i + 1] = pendingMerges.get(i)[1];
        }
        Analysed stored = new Analysed(a.seq(), a.id(), a.time(), a.input(), withDuplicateOf(a), profileJson,
                a.title(), a.source(), a.url(), a.published(), a.contentHash(), a.exactHash(), a.signature(),
                a.shingles(), a.duplicateOf());
        long[] listed = listRelated ? list(story) : new long[0];
        busy.add(1, start);
        out.collect(new Assigned(stored, story, flat, listed));
    }

    /**
     * Lists the related stories of {@code story} and, in turn, of every story a listing prompts (the server rebuilds
     * those once each), flattened as {@link Assigned#listed} holds them. Asking leaves the clusterer as it was, so
     * the stories are the same as without listings.
     */
    private long[] list(long story) {
        List<Long> flat = new ArrayList<>();
        ArrayDeque<Long> due = new ArrayDeque<>(List.of(story));
        while (!due.isEmpty()) {
            long next = due.poll();
            RelatedStories.Listing listing = listings.list(next, RelatedStories.lookUp(clusterer, topics, next));
            flat.add(next);
            flat.add((long) listing.related().size());
            flat.addAll(listing.related());
            due.addAll(listing.prompted());
        }
        return flat.stream().mapToLong(Long::longValue).toArray();
    }

    /** The analysis JSON naming the original of a copy, as the server stores it. */
    private static String withDuplicateOf(Analysed a) {
        if (a.duplicateOf() == null) {
            return a.analysis();
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(a.analysis());
            node.put("duplicateOf", a.duplicateOf());
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the fingerprints the detector still remembers (its capacity), for a restore to register again. */
    private void remember(Registered r) {
        registered.add(r);
        if (registered.size() > DuplicateDetector.Config.DEFAULTS.capacity()) {
            registered.poll();
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        List<Analysed> waiting = new ArrayList<>(byTime);
        waiting.addAll(early.values());
        waitingState.update(waiting);
        nextState.update(List.of(next));
        registeredState.update(new ArrayList<>(registered));
        // stories that left the active window can no longer grow: their articles need no replay
        members.removeIf(m -> !clusterer.isActive(m.story()));
        membersState.update(members);
        mergesState.update(merges);
        storiesState.update(List.of(clusterer.stories()));
        List<Listed> listed = new ArrayList<>();
        listings.forEachListing((story, related) -> listed.add(new Listed(story,
                related.stream().mapToLong(Long::longValue).toArray())));
        listedState.update(listed);
        List<Long> prompts = new ArrayList<>();
        listings.forEachPrompt(prompts::add);
        promptsState.update(prompts);
    }
}
