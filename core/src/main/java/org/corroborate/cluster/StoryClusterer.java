package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Online story clustering in the manner of Miranda et al. (EMNLP 2018): each article, in order of publication,
 * joins the most similar active story or starts a new one. Similarity combines TF-IDF cosines of title terms, lead
 * terms and entities, and the cosine of dense embeddings when there are any, against each story's centroid,
 * weighted by a Gaussian of the time since the story last grew;
 * IDF is learnt online. Candidate stories come from an inverted index over the centroids' terms, so the cost of an
 * article does not grow with the number of stories, and stories quiet for longer than the window leave the pool
 * (and the index), so memory is bounded on an endless stream. A near-duplicate joins its original's story.
 * An article of unknown time (0) is not weighed by time and counts as news of the latest dated article. Not
 * thread-safe: feed it articles in time order from one thread.
 */
public final class StoryClusterer {
    /**
     * Settings.
     *
     * @param threshold the least similarity for joining a story
     * @param titleWeight, leadWeight, entityWeight how the three cosines combine (they are normalised to sum 1)
     * @param timeSigmaDays the width of the time Gaussian
     * @param windowDays how long a story stays active without a new article
     * @param maxTerms the most terms a story's centroid keeps
     * @param queryTerms how many of an article's rarest terms look up candidates
     * @param maxPostings terms in more active stories than this are too common to look up
     */
    public record Config(double threshold, double titleWeight, double leadWeight, double entityWeight,
                         double embeddingWeight, double timeSigmaDays, double windowDays, int maxTerms,
                         int queryTerms, int maxPostings) {
        public static final Config DEFAULTS = new Config(0.37, 0.5, 0.3, 0.2, 0.5, 3.0, 4.0, 300, 12, 2000);

        public Config withThreshold(double value) {
            return new Config(value, titleWeight, leadWeight, entityWeight, embeddingWeight, timeSigmaDays,
                    windowDays, maxTerms, queryTerms, maxPostings);
        }

        public Config withEmbeddingWeight(double value) {
            return new Config(threshold, titleWeight, leadWeight, entityWeight, value, timeSigmaDays,
                    windowDays, maxTerms, queryTerms, maxPostings);
        }

        public Config withTimeSigmaDays(double value) {
            return new Config(threshold, titleWeight, leadWeight, entityWeight, embeddingWeight, value,
                    windowDays, maxTerms, queryTerms, maxPostings);
        }

        public Config withWindowDays(double value) {
            return new Config(threshold, titleWeight, leadWeight, entityWeight, embeddingWeight, timeSigmaDays,
                    value, maxTerms, queryTerms, maxPostings);
        }
    }

    private static final long DAY = 86_400_000L;
    private static final String TITLE = "t:";
    private static final String LEAD = "l:";
    private static final String ENTITY = "e:";

    /** A story's running centroid. */
    private static final class Story {
        final int number;
        final Map<String, Float> counts = new HashMap<>();
        final double[] norms = new double[3];
        float[] embeddingSum;
        double embeddingNorm;
        long lastTime;

        Story(int number) {
            this.number = number;
        }
    }

    private final Config config;
    /** How many articles had a term, and when one last did; rare terms unseen for a window are forgotten. */
    private static final class Frequency {
        int documents;
        long lastSeen;
    }

    private final Map<String, Frequency> documentFrequency = new HashMap<>();
    private long lastPrune;
    /** The latest time of a dated article so far; 0 before the first. */
    private long clock;
    private long documents;
    /** Active stories, least recently grown first (articles come in time order, so this is also by time). */
    private final LinkedHashMap<Integer, Story> active = new LinkedHashMap<>();
    private final Map<String, LinkedHashSet<Story>> index = new HashMap<>();
    private final Map<String, Integer> storyOfArticle = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 200_000;
        }
    };
    private int stories;
    /** The stories that grew last, most recent at the end; at most {@value #RECENT}. */
    private final List<Story> recent = new ArrayList<>();
    private static final int RECENT = 64;

    public StoryClusterer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public StoryClusterer() {
        this(Config.DEFAULTS);
    }

    /** How many stories have been started. */
    public int stories() {
        return stories;
    }

    /** How many stories are active now (for tests and benchmarks). */
    public int activeStories() {
        return active.size();
    }

    /** Assigns the article to a story and returns the story's number (1, 2, ... in order of creation). */
    public int assign(ClusterFeatures article) {
        if (article.time() != 0) {
            advance(article.time());
        }
        Map<String, Float> vector = vector(article);
        Story story = null;
        if (article.duplicateOf().isPresent()) {
            Integer original = storyOfArticle.get(article.duplicateOf().get());
            story = original == null ? null : active.get(original);
        }
        if (story == null) {
            story = best(vector, article.embedding().orElse(null), article.time());
        }
        if (story == null) {
            story = new Story(++stories);
        }
        add(story, vector, article.embedding().orElse(null), article.time());
        learn(vector);
        storyOfArticle.put(article.id(), story.number);
        return story.number;
    }

    private Map<String, Float> vector(ClusterFeatures article) {
        Map<String, Float> counts = new HashMap<>();
        article.titleTerms().forEach(t -> counts.merge(TITLE + t, 1f, Float::sum));
        article.leadTerms().forEach(t -> counts.merge(LEAD + t, 1f, Float::sum));
        article.entities().forEach(e -> counts.merge(ENTITY + e, 1f, Float::sum));
        return counts;
    }

    private double idf(String term) {
        Frequency f = documentFrequency.get(term);
        return Math.log((documents + 1.0) / ((f == null ? 0 : f.documents) + 1.0)) + 1.0;
    }

    /** An article ready for scoring: its terms with TF-IDF weights and the norms of each part. */
    private final class Query {
        final String[] terms;
        final double[] weights;
        final double[] idfs;
        final int[] parts;
        final double[] norms = new double[3];
        final float[] embedding;
        final double embeddingNorm;

        Query(Map<String, Float> vector, float[] embedding) {
            int n = vector.size();
            terms = new String[n];
            weights = new double[n];
            idfs = new double[n];
            parts = new int[n];
            int i = 0;
            for (Map.Entry<String, Float> e : vector.entrySet()) {
                terms[i] = e.getKey();
                idfs[i] = idf(e.getKey());
                weights[i] = e.getValue() * idfs[i];
                parts[i] = part(e.getKey());
                norms[parts[i]] += weights[i] * weights[i];
                i++;
            }
            this.embedding = embedding;
            this.embeddingNorm = embedding == null ? 0 : norm(embedding);
        }
    }

    private Story best(Map<String, Float> vector, float[] embedding, long time) {
        Query query = new Query(vector, embedding);
        Integer[] order = new Integer[query.terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(query.idfs[b], query.idfs[a]));
        Map<Story, Boolean> candidates = new LinkedHashMap<>();
        int used = 0;
        for (int i : order) {
            if (used >= config.queryTerms()) {
                break;
            }
            LinkedHashSet<Story> postings = index.get(query.terms[i]);
            if (postings == null || postings.size() > config.maxPostings()) {
                continue;
            }
            used++;
            postings.forEach(s -> candidates.put(s, Boolean.TRUE));
        }
        // The most recently grown stories are candidates too: they find paraphrases that share no rare term.
        for (int i = recent.size() - 1, n = 0; i >= 0 && n < RECENT; i--, n++) {
            Story story = recent.get(i);
            if (active.containsKey(story.number)) {
                candidates.put(story, Boolean.TRUE);
            }
        }
        Story best = null;
        double bestScore = config.threshold();
        for (Story story : candidates.keySet()) {
            double score = similarity(query, story, time);
            if (score >= bestScore) {
                best = story;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The weighted cosines of title, lead and entity terms and of the embeddings, times the time Gaussian. Story
     * norms are those of the story's last update (IDF drifts slowly).
     */
    private double similarity(Query query, Story story, long time) {
        double[] dot = new double[3];
        for (int i = 0; i < query.terms.length; i++) {
            Float c = story.counts.get(query.terms[i]);
            if (c != null) {
                dot[query.parts[i]] += query.weights[i] * c * query.idfs[i];
            }
        }
        double[] weights = {config.titleWeight(), config.leadWeight(), config.entityWeight()};
        double score = 0;
        double weightSum = 0;
        for (int p = 0; p < 3; p++) {
            if (query.norms[p] > 0 && story.norms[p] > 0) {
                score += weights[p] * dot[p] / Math.sqrt(query.norms[p] * story.norms[p]);
                weightSum += weights[p];
            }
        }
        if (query.embedding != null && story.embeddingSum != null && config.embeddingWeight() > 0) {
            double d = 0;
            float[] a = query.embedding;
            float[] b = story.embeddingSum;
            for (int i = 0; i < a.length; i++) {
                d += a[i] * b[i];
            }
            score += config.embeddingWeight() * d / (query.embeddingNorm * story.embeddingNorm);
            weightSum += config.embeddingWeight();
        }
        if (weightSum == 0) {
            return 0;
        }
        if (time == 0 || story.lastTime == 0) {
            return score / weightSum;
        }
        double days = Math.abs(time - story.lastTime) / (double) DAY;
        return score / weightSum * Math.exp(-days * days / (2 * config.timeSigmaDays() * config.timeSigmaDays()));
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static int part(String term) {
        return term.startsWith(TITLE) ? 0 : term.startsWith(LEAD) ? 1 : 2;
    }

    private void add(Story story, Map<String, Float> vector, float[] embedding, long time) {
        if (embedding != null) {
            if (story.embeddingSum == null) {
                story.embeddingSum = embedding.clone();
            } else {
                for (int i = 0; i < embedding.length; i++) {
                    story.embeddingSum[i] += embedding[i];
                }
            }
        }
        for (Map.Entry<String, Float> e : vector.entrySet()) {
            if (story.counts.merge(e.getKey(), e.getValue(), Float::sum).equals(e.getValue())) {
                index.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>(4)).add(story);
            }
        }
        if (story.counts.size() > config.maxTerms() * 2) {
            prune(story);
        }
        java.util.Arrays.fill(story.norms, 0);
        for (Map.Entry<String, Float> e : story.counts.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            story.norms[part(e.getKey())] += w * w;
        }
        if (story.embeddingSum != null) {
            story.embeddingNorm = norm(story.embeddingSum);
        }
        // An article of unknown time counts as news of now.
        story.lastTime = Math.max(story.lastTime, time == 0 ? clock : time);
        active.remove(story.number);
        active.put(story.number, story);
        recent.remove(story);
        recent.add(story);
        if (recent.size() > RECENT) {
            recent.remove(0);
        }
    }

    /** Keeps a centroid's {@code maxTerms} heaviest terms. */
    private void prune(Story story) {
        List<Map.Entry<String, Float>> entries = new ArrayList<>(story.counts.entrySet());
        entries.sort((a, b) -> Double.compare(b.getValue() * idf(b.getKey()), a.getValue() * idf(a.getKey())));
        for (Map.Entry<String, Float> e : entries.subList(config.maxTerms(), entries.size())) {
            story.counts.remove(e.getKey());
            unindex(e.getKey(), story);
        }
    }

    private void learn(Map<String, Float> vector) {
        long time = clock;
        documents++;
        for (String term : vector.keySet()) {
            Frequency f = documentFrequency.computeIfAbsent(term, k -> new Frequency());
            f.documents++;
            f.lastSeen = Math.max(f.lastSeen, time);
        }
        long window = (long) (config.windowDays() * DAY);
        if (time != 0 && time - lastPrune > window) {
            // Terms seen in fewer than 3 articles and not in the last window would get the highest IDF anyway; any
            // term unseen for four windows is forgotten too, so the table follows the news instead of growing.
            documentFrequency.values().removeIf(f -> (f.documents < 3 && time - f.lastSeen > window)
                    || time - f.lastSeen > 4 * window);
            lastPrune = time;
        }
    }

    /**
     * Moves the clock to a dated article's time and expires the stories quiet for longer than the window. Stories
     * started before any dated article (undated input comes first in time order) count as news of that moment.
     */
    private void advance(long now) {
        if (clock == 0) {
            active.values().forEach(story -> story.lastTime = now);
            documentFrequency.values().forEach(f -> f.lastSeen = now);
            lastPrune = now;
        }
        clock = Math.max(clock, now);
        long window = (long) (config.windowDays() * DAY);
        var oldest = active.values().iterator();
        while (oldest.hasNext()) {
            Story story = oldest.next();
            if (clock - story.lastTime <= window) {
                break;
            }
            oldest.remove();
            for (String term : story.counts.keySet()) {
                unindex(term, story);
            }
        }
    }

    private void unindex(String term, Story story) {
        LinkedHashSet<Story> postings = index.get(term);
        if (postings != null) {
            postings.remove(story);
            if (postings.isEmpty()) {
                index.remove(term);
            }
        }
    }
}
