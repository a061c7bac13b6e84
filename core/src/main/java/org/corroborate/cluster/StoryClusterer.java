package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Online story clustering with the learned {@link StoryModel} that archive clustering uses: each article, in order
 * of publication, joins the active story whose members it most probably shares a story with (the mean of the
 * model's pair probabilities over the story's kept members, as average linkage merges in the archive) when that
 * mean reaches the model's threshold, or starts a new story. IDF is learnt online, and cosines always use the IDF
 * of everything seen so far. Candidate stories come from an inverted index over the stories' rarest body terms, so
 * the cost of an article does not grow with the stream. Memory is bounded: a story keeps its first
 * {@value #FIRST} members and its latest ones, stories quiet for the window leave the pool and the index, at most
 * {@code maxActive} stories stay active (the least recently grown leave first; undated input has no other limit),
 * and rare terms unseen for a window are forgotten. A near-duplicate joins its original's story. An article of
 * unknown publication time counts as news of the latest published one (a day its text states moves no clock). Not thread-safe: feed it articles in time order from one
 * thread.
 */
public final class StoryClusterer {
    /**
     * Settings.
     *
     * @param windowDays how long a story stays active without a new article
     * @param members how many members a story keeps for scoring (its first two and its latest)
     * @param candidates how many candidate stories an article is scored against
     * @param maxActive the most stories active at once
     */
    public record Config(double windowDays, int members, int candidates, int maxActive) {
        public static final Config DEFAULTS = new Config(30, 8, 10, 20_000);

        public Config {
            if (!(windowDays > 0) || members < FIRST + 1 || candidates < 1 || maxActive < 1) {
                throw new IllegalArgumentException("window above 0 days, at least " + (FIRST + 1)
                        + " members, one candidate and one active story");
            }
        }

        public Config withWindowDays(double value) {
            return new Config(value, members, candidates, maxActive);
        }
    }

    private static final long DAY = 86_400_000L;
    private static final int FIRST = 2;
    /** Terms an article looks candidates up by: its rarest ones. */
    private static final int QUERY_TERMS = 16;
    /** Terms in more active stories than this are too common to look up. */
    private static final int MAX_POSTINGS = 400;
    /** Body terms a story indexes. */
    private static final int STORY_TERMS = 60;

    /** A term's id and how many articles had it, and when one last did. */
    private static final class Term {
        final int id;
        int documents;
        long lastSeen;

        Term(int id) {
            this.id = id;
        }
    }

    /** An article's terms of one part as sorted ids with their counts. */
    private record Bag(int[] ids, float[] counts) {
        static final Bag EMPTY = new Bag(new int[0], new float[0]);
    }

    /** What a story keeps of a member: its profile without terms, its term bags and names. */
    private static final class Member {
        final ArticleProfile profile;
        final Bag title;
        final Bag lead;
        final Bag body;
        final boolean isShort;
        final List<Set<String>> names;
        /** Squared norms of the three bags under the IDF of {@link #normsAt} articles. */
        final double[] norms = new double[3];
        long normsAt = -1;
        /** Squared norms under the IDF of exactly {@link #peekedAt} articles, for {@link #related}. */
        final double[] peeked = new double[3];
        long peekedAt = -1;

        Member(ArticleProfile profile, Bag title, Bag lead, Bag body, boolean isShort) {
            this.profile = new ArticleProfile(profile.id(), profile.time(), profile.published(), List.of(), List.of(), List.of(),
                    profile.entities(), profile.dates(), profile.figures(), profile.duplicateOf(),
                    profile.embedding());
            this.title = title;
            this.lead = lead;
            this.body = body;
            this.isShort = isShort;
            this.names = PairFeatures.names(profile);
        }
    }

    private static final class Story {
        final int number;
        final List<Member> members = new ArrayList<>();
        int size;
        long lastTime;
        /** Body term id to count, over all members (pruned to the heaviest terms). */
        final Map<Integer, Float> terms = new HashMap<>();
        final Set<Integer> indexed = new HashSet<>();
        boolean allShort = true;

        Story(int number) {
            this.number = number;
        }
    }

    private final StoryModel model;
    private final Config config;
    private final Map<String, Term> vocabulary = new HashMap<>();
    /** log(documents + 1) of each term id; ids of forgotten terms are not reused. */
    private double[] logDocuments = new double[1024];
    private int nextId;
    private long documents;
    private long lastPrune;
    /** The latest time of a dated article so far; 0 before the first. */
    private long clock;
    /** Active stories, least recently grown first. */
    private final LinkedHashMap<Integer, Story> active = new LinkedHashMap<>();
    private final Map<Integer, Set<Story>> index = new HashMap<>();
    private final Map<String, Integer> storyOfArticle = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 200_000;
        }
    };
    private int stories;
    /** Story numbers merged into others; bounded like {@link #storyOfArticle}. */
    private final Map<Integer, Integer> mergedInto = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > 200_000;
        }
    };

    public StoryClusterer(StoryModel model, Config config) {
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** With the shipped model and default settings. */
    public StoryClusterer() {
        this(StoryModel.shipped(), Config.DEFAULTS);
    }

    /** What to tell when one story is merged into another: (from, into). */
    public interface MergeListener {
        void merged(int from, int into);
    }

    private final List<MergeListener> mergeListeners = new ArrayList<>();

    /**
     * Tells {@code listener}, besides those told already, of every merge from now on (a store moves the articles of
     * one story to the other; topics join the two).
     */
    public void onMerge(MergeListener listener) {
        mergeListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** How many stories have been started. */
    public int stories() {
        return stories;
    }

    /** How many stories are active now (for tests and benchmarks). */
    public int activeStories() {
        return active.size();
    }

    /** How many distinct terms the IDF table holds now (for benchmarks: it must not grow without end). */
    public int vocabulary() {
        return vocabulary.size();
    }

    /**
     * Puts an article back in the story a store says it is in, without deciding anything: how a server rebuilds the
     * clusterer after a restart, so stories keep their numbers whatever the model or the order decided before.
     * Feed articles in their order of arrival; later numbers continue after the highest one restored.
     */
    public void restore(ArticleProfile article, int storyNumber) {
        if (storyNumber < 1) {
            throw new IllegalArgumentException("story numbers start at 1, not " + storyNumber);
        }
        Member member = enter(article);
        Story story = active.get(storyNumber);
        if (story == null) {
            story = new Story(storyNumber);
        }
        stories = Math.max(stories, storyNumber);
        add(story, member, article.published() ? article.time() : 0);
        storyOfArticle.put(article.id(), story.number);
    }

    /**
     * After a {@link #restore}, numbers new stories after {@code storyNumber}: stories merged away or gone quiet
     * have no article left to restore, and their numbers must not be given again (a store still knows them).
     */
    public void continueAfter(int storyNumber) {
        stories = Math.max(stories, storyNumber);
    }

    /** How many articles the story a number stands for now ({@link #current}) holds; 0 when it is not active. */
    public int size(int story) {
        Story found = active.get(current(story));
        return found == null ? 0 : found.size;
    }

    /** Whether the story a number stands for now ({@link #current}) is still active, so may still grow. */
    public boolean isActive(int story) {
        return active.containsKey(current(story));
    }

    /** Moves the clock to the article, counts its terms, and makes the member a story will keep of it. */
    private Member enter(ArticleProfile article) {
        if (article.published() && article.time() != 0) {
            advance(article.time());
        }
        learn(article);
        return new Member(article, bag(article.titleTerms()), bag(article.leadTerms()), bag(article.bodyTerms()),
                PairFeatures.isShort(article));
    }

    /** Assigns the article to a story and returns the story's number (1, 2, ... in order of creation). */
    public int assign(ArticleProfile article) {
        Member member = enter(article);
        Story story = null;
        if (article.duplicateOf().isPresent()) {
            Integer original = storyOfArticle.get(article.duplicateOf().get());
            story = original == null ? null : active.get(original);
        }
        List<Map.Entry<Story, Double>> joinable = story == null ? joinable(member) : List.of();
        if (story == null && !joinable.isEmpty()) {
            story = joinable.get(0).getKey();
        }
        if (story == null) {
            story = new Story(++stories);
        }
        add(story, member, article.published() ? article.time() : 0);
        // an article that belongs with more than one story may show they are one: merge those whose members are,
        // on average, as probably one story as the model's threshold asks
        for (int k = 1; k < joinable.size(); k++) {
            Story other = joinable.get(k).getKey();
            if (active.containsKey(other.number)
                    && probability(story, other) >= threshold(story.allShort && other.allShort)) {
                merge(other, story);
            }
        }
        storyOfArticle.put(article.id(), story.number);
        return story.number;
    }

    /** The probability that an article shares a story with a story's members: the mean over the kept ones. */
    private double probability(Member article, Story story) {
        double[] p = new double[story.members.size()];
        int i = 0;
        for (Member m : story.members) {
            boolean isShort = article.isShort || m.isShort;
            double[] x = PairFeatures.features(article.profile, article.names, m.profile, m.names,
                    cosine(article, m, 0), cosine(article, m, 1), cosine(article, m, 2), isShort);
            p[i++] = model.probability(x);
        }
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        return sum / p.length;
    }

    /** The candidate stories the article may join, most probable first, each with its margin over the threshold. */
    private List<Map.Entry<Story, Double>> joinable(Member article) {
        List<Map.Entry<Story, Double>> joinable = new ArrayList<>();
        for (Story story : candidates(article)) {
            double p = probability(article, story);
            double threshold = threshold(article.isShort && story.allShort);
            if (p >= threshold) {
                joinable.add(Map.entry(story, p - threshold));
            }
        }
        joinable.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return joinable;
    }

    private double threshold(boolean allShort) {
        return allShort ? model.streamShortThreshold() : model.streamThreshold();
    }

    /** The mean pair probability between the kept members of two stories, as average linkage merges them. */
    private double probability(Story a, Story b) {
        return probability(a, b, model);
    }

    /**
     * The stories of one topic with a story (another event of one kind, a follow-up weeks later), as far as the
     * active stories show it: among the stories that share the most weight of its rarest indexed terms, those whose
     * kept members' mean pair probability under {@code topicModel} reaches that model's threshold, the average link
     * that groups stories into topics in an archive ({@link ArchiveClusterer#clusterWithTopics}). Current numbers,
     * ascending; empty for a story no longer active. About as costly as assigning eight articles (10 candidate
     * stories, 8 x 8 kept members each).
     */
    public List<Integer> related(int story, StoryModel topicModel) {
        Objects.requireNonNull(topicModel, "topicModel");
        Story of = active.get(current(story));
        if (of == null) {
            return List.of();
        }
        List<Integer> related = new ArrayList<>();
        // asking leaves the clusterer as it was: no norm is cached now that would be cached later otherwise, so
        // the stories are the same whether or not anyone asks for topics
        peeking = true;
        try {
            for (Story other : candidates(of)) {
                double threshold = of.allShort && other.allShort ? topicModel.shortThreshold() : topicModel.threshold();
                if (probability(of, other, topicModel) >= threshold) {
                    related.add(other.number);
                }
            }
        } finally {
            peeking = false;
        }
        related.sort(null);
        return related;
    }

    /**
     * The mean pair probability under {@code scoring} between the kept members of two stories (current numbers),
     * or NaN when either is no longer active. Leaves the clusterer as it was, as {@link #related} does.
     */
    public double probability(int a, int b, StoryModel scoring) {
        Story x = active.get(current(a));
        Story y = active.get(current(b));
        if (x == null || y == null) {
            return Double.NaN;
        }
        peeking = true;
        try {
            return probability(x, y, scoring);
        } finally {
            peeking = false;
        }
    }

    /** The least mean probability at which two stories share a topic under {@code topicModel}. */
    public double topicThreshold(int a, int b, StoryModel topicModel) {
        Story x = active.get(current(a));
        Story y = active.get(current(b));
        return x != null && y != null && x.allShort && y.allShort ? topicModel.shortThreshold()
                : topicModel.threshold();
    }

    /** The other active stories sharing the most weight of a story's rarest indexed terms. */
    private List<Story> candidates(Story story) {
        List<Integer> lookup = new ArrayList<>(story.indexed);
        lookup.sort((a, b) -> {
            int c = Double.compare(logDocuments[a], logDocuments[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        Map<Story, Double> scores = new HashMap<>();
        int used = 0;
        for (int id : lookup) {
            if (used >= QUERY_TERMS) {
                break;
            }
            Set<Story> postings = index.get(id);
            // a term of this story alone (its places and names, the rarest) finds no other
            if (postings == null || postings.size() < 2 || postings.size() > MAX_POSTINGS) {
                continue;
            }
            used++;
            double idf = idf(id);
            float weight = story.terms.getOrDefault(id, 0f) / story.size;
            for (Story s : postings) {
                if (s != story) {
                    scores.merge(s, idf * idf * weight * s.terms.getOrDefault(id, 0f) / s.size, Double::sum);
                }
            }
        }
        List<Story> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> {
            int c = Double.compare(scores.get(b), scores.get(a));
            return c != 0 ? c : Integer.compare(a.number, b.number);
        });
        return ranked.size() > config.candidates() ? ranked.subList(0, config.candidates()) : ranked;
    }

    /** The mean pair probability under {@code scoring} between the kept members of two stories. */
    private double probability(Story a, Story b, StoryModel scoring) {
        double sum = 0;
        for (Member m : a.members) {
            for (Member n : b.members) {
                double[] x = PairFeatures.features(m.profile, m.names, n.profile, n.names, cosine(m, n, 0),
                        cosine(m, n, 1), cosine(m, n, 2), m.isShort || n.isShort);
                sum += scoring.probability(x);
            }
        }
        return sum / (a.members.size() * b.members.size());
    }

    /** Merges {@code from} into {@code into}: its members join, and its number refers to {@code into} from now on. */
    private void merge(Story from, Story into) {
        retire(from);
        mergedInto.put(from.number, into.number);
        for (MergeListener listener : mergeListeners) {
            listener.merged(from.number, into.number);
        }
        for (Member m : from.members) {
            if (into.members.size() >= config.members()) {
                into.members.remove(FIRST);
            }
            into.members.add(m);
        }
        into.size += from.size;
        into.allShort &= from.allShort;
        from.terms.forEach((id, c) -> into.terms.merge(id, c, Float::sum));
        into.lastTime = Math.max(into.lastTime, from.lastTime);
        reindex(into);
    }

    /** The story a story number now stands for: itself, or the story it was merged into. */
    public int current(int story) {
        Integer into = mergedInto.get(story);
        while (into != null) {
            story = into;
            into = mergedInto.get(story);
        }
        return story;
    }

    /** The stories sharing the most weight of the article's rarest body terms (title terms for a headline). */
    private List<Story> candidates(Member article) {
        Bag lookup = article.body.ids().length == 0 ? article.title : article.body;
        Integer[] order = new Integer[lookup.ids().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(logDocuments[lookup.ids()[a]], logDocuments[lookup.ids()[b]]));
        Map<Story, Double> scores = new HashMap<>();
        int used = 0;
        for (int i : order) {
            if (used >= QUERY_TERMS) {
                break;
            }
            Set<Story> postings = index.get(lookup.ids()[i]);
            if (postings == null || postings.size() > MAX_POSTINGS) {
                continue;
            }
            used++;
            double idf = idf(lookup.ids()[i]);
            for (Story s : postings) {
                scores.merge(s, idf * idf * lookup.counts()[i] * s.terms.getOrDefault(lookup.ids()[i], 0f) / s.size,
                        Double::sum);
            }
        }
        List<Story> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> {
            int c = Double.compare(scores.get(b), scores.get(a));
            return c != 0 ? c : Integer.compare(a.number, b.number);
        });
        return ranked.size() > config.candidates() ? ranked.subList(0, config.candidates()) : ranked;
    }

    private double idf(int id) {
        return Math.log(documents + 1.0) - logDocuments[id] + 1;
    }

    /** The TF-IDF cosine of one part (0 title, 1 lead, 2 body) of two articles, under the IDF of now. */
    private double cosine(Member a, Member b, int part) {
        Bag x = bag(a, part);
        Bag y = bag(b, part);
        if (x.ids().length == 0 || y.ids().length == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < x.ids().length && j < y.ids().length) {
            int c = Integer.compare(x.ids()[i], y.ids()[j]);
            if (c == 0) {
                double idf = idf(x.ids()[i]);
                dot += x.counts()[i] * y.counts()[j] * idf * idf;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt(norm(a, part) * norm(b, part));
    }

    private static Bag bag(Member m, int part) {
        return part == 0 ? m.title : part == 1 ? m.lead : m.body;
    }

    /** Set while {@link #related} looks: norms are then computed, not kept. */
    private boolean peeking;

    /** A member's squared norm of one part, remade when the IDF has moved (a tenth more articles). */
    private double norm(Member m, int part) {
        if (peeking) {
            // the IDF of now, as the dot product has it: the norms assignment keeps may lag by a tenth, which on a
            // small stream never catches up and overstates every cosine
            if (m.peekedAt != documents) {
                for (int p = 0; p < 3; p++) {
                    m.peeked[p] = squaredNorm(bag(m, p));
                }
                m.peekedAt = documents;
            }
            return m.peeked[part];
        }
        if (m.normsAt < 0 || documents > m.normsAt * 1.1 + 10) {
            for (int p = 0; p < 3; p++) {
                m.norms[p] = squaredNorm(bag(m, p));
            }
            m.normsAt = documents;
        }
        return m.norms[part];
    }

    /** The squared norm of a bag under the IDF of now. */
    private double squaredNorm(Bag bag) {
        double sum = 0;
        for (int k = 0; k < bag.ids().length; k++) {
            double w = bag.counts()[k] * idf(bag.ids()[k]);
            sum += w * w;
        }
        return sum;
    }

    private Bag bag(List<String> terms) {
        if (terms.isEmpty()) {
            return Bag.EMPTY;
        }
        Map<Integer, Float> counts = new HashMap<>();
        for (String t : terms) {
            Term term = vocabulary.get(t);
            if (term != null) {
                counts.merge(term.id, 1f, Float::sum);
            }
        }
        int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[ids.length];
        for (int k = 0; k < ids.length; k++) {
            values[k] = counts.get(ids[k]);
        }
        return new Bag(ids, values);
    }

    private void add(Story story, Member member, long time) {
        if (story.members.size() >= config.members()) {
            story.members.remove(FIRST);
        }
        story.members.add(member);
        story.size++;
        story.allShort &= member.isShort;
        Bag lookup = member.body.ids().length == 0 ? member.title : member.body;
        for (int k = 0; k < lookup.ids().length; k++) {
            story.terms.merge(lookup.ids()[k], lookup.counts()[k], Float::sum);
        }
        reindex(story);
        // An article of unknown time counts as news of now.
        story.lastTime = Math.max(story.lastTime, time == 0 ? clock : time);
        active.remove(story.number);
        active.put(story.number, story);
        if (active.size() > config.maxActive()) {
            retire(active.values().iterator().next());
        }
    }

    /** Indexes a story under its {@value #STORY_TERMS} heaviest body terms and forgets the lightest ones. */
    private void reindex(Story story) {
        List<Map.Entry<Integer, Float>> entries = new ArrayList<>(story.terms.entrySet());
        entries.sort((a, b) -> Double.compare(b.getValue() * idf(b.getKey()), a.getValue() * idf(a.getKey())));
        Set<Integer> keep = new HashSet<>();
        for (int k = 0; k < entries.size() && k < STORY_TERMS; k++) {
            keep.add(entries.get(k).getKey());
        }
        for (Integer id : story.indexed) {
            if (!keep.contains(id)) {
                unindex(id, story);
            }
        }
        for (Integer id : keep) {
            if (!story.indexed.contains(id)) {
                index.computeIfAbsent(id, k -> new HashSet<>(4)).add(story);
            }
        }
        story.indexed.clear();
        story.indexed.addAll(keep);
        if (entries.size() > 2 * STORY_TERMS) {
            for (Map.Entry<Integer, Float> e : entries.subList(2 * STORY_TERMS, entries.size())) {
                story.terms.remove(e.getKey());
            }
        }
    }

    private void retire(Story story) {
        active.remove(story.number);
        for (Integer id : story.indexed) {
            unindex(id, story);
        }
    }

    private void unindex(Integer id, Story story) {
        Set<Story> postings = index.get(id);
        if (postings != null) {
            postings.remove(story);
            if (postings.isEmpty()) {
                index.remove(id);
            }
        }
    }

    private void learn(ArticleProfile article) {
        long time = clock;
        documents++;
        Set<String> seen = new HashSet<>(article.bodyTerms());
        seen.addAll(article.titleTerms());
        seen.addAll(article.leadTerms());
        for (String t : seen) {
            Term term = vocabulary.computeIfAbsent(t, k -> new Term(newId()));
            term.documents++;
            term.lastSeen = Math.max(term.lastSeen, time);
            logDocuments[term.id] = Math.log(term.documents + 1.0);
        }
        long window = (long) (config.windowDays() * DAY);
        if (time != 0 && time - lastPrune > window) {
            // Terms seen in fewer than 3 articles and not in the last window would get the highest IDF anyway; any
            // term unseen for four windows is forgotten too, so the table follows the news instead of growing.
            vocabulary.values().removeIf(f -> (f.documents < 3 && time - f.lastSeen > window)
                    || time - f.lastSeen > 4 * window);
            lastPrune = time;
        }
    }

    private int newId() {
        if (nextId == logDocuments.length) {
            logDocuments = Arrays.copyOf(logDocuments, nextId * 2);
        }
        return nextId++;
    }

    /**
     * Moves the clock to a dated article's time and retires the stories quiet for longer than the window. Stories
     * started before any dated article (undated input comes first in time order) count as news of that moment.
     */
    private void advance(long now) {
        if (clock == 0) {
            active.values().forEach(story -> story.lastTime = now);
            vocabulary.values().forEach(f -> f.lastSeen = now);
            lastPrune = now;
        }
        clock = Math.max(clock, now);
        long window = (long) (config.windowDays() * DAY);
        while (!active.isEmpty()) {
            Story oldest = active.values().iterator().next();
            if (clock - oldest.lastTime <= window) {
                break;
            }
            retire(oldest);
        }
    }
}
