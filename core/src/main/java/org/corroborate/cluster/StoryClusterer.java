package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.embed.Embedder;

/**
 * Online story clustering in the manner of Miranda et al. (EMNLP 2018): each article, in order of publication,
 * joins the most similar active story or starts a new one. Similarity combines TF-IDF cosines of title terms, lead
 * terms and entities, and the cosine of dense embeddings when there are any, against each story's centroid,
 * weighted by a Gaussian of the time since the story last grew;
 * IDF is learnt online. Candidate stories come from an inverted index over the centroids' terms, so the cost of an
 * article does not grow with the number of stories, and stories quiet for longer than the window leave the pool
 * (and the index), so memory is bounded on an endless stream. A near-duplicate joins its original's story.
 * Not thread-safe: feed it articles in time order from one thread.
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
        public static final Config DEFAULTS = new Config(0.35, 0.5, 0.3, 0.2, 0.5, 3.0, 4.0, 300, 12, 2000);

        public Config withThreshold(double value) {
            return new Config(value, titleWeight, leadWeight, entityWeight, embeddingWeight, timeSigmaDays,
                    windowDays, maxTerms, queryTerms, maxPostings);
        }

        public Config withEmbeddingWeight(double value) {
            return new Config(threshold, titleWeight, leadWeight, entityWeight, value, timeSigmaDays,
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
        float[] embeddingSum;
        long lastTime;
        int size;

        Story(int number) {
            this.number = number;
        }
    }

    private final Config config;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
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
        expire(article.time());
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
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    private Story best(Map<String, Float> vector, float[] embedding, long time) {
        List<String> query = new ArrayList<>(vector.keySet());
        query.sort((a, b) -> Double.compare(idf(b), idf(a)));
        Map<Story, Boolean> candidates = new LinkedHashMap<>();
        int used = 0;
        for (String term : query) {
            if (used >= config.queryTerms()) {
                break;
            }
            LinkedHashSet<Story> postings = index.get(term);
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
            double score = similarity(vector, embedding, story, time);
            if (score >= bestScore) {
                best = story;
                bestScore = score;
            }
        }
        return best;
    }

    /** The weighted cosines of title, lead and entity terms, times the time Gaussian. */
    double similarity(Map<String, Float> vector, float[] embedding, Story story, long time) {
        double[] dot = new double[3];
        double[] articleNorm = new double[3];
        double[] storyNorm = new double[3];
        for (Map.Entry<String, Float> e : vector.entrySet()) {
            int part = part(e.getKey());
            double idf = idf(e.getKey());
            double a = e.getValue() * idf;
            articleNorm[part] += a * a;
            Float c = story.counts.get(e.getKey());
            if (c != null) {
                dot[part] += a * c * idf;
            }
        }
        for (Map.Entry<String, Float> e : story.counts.entrySet()) {
            double s = e.getValue() * idf(e.getKey());
            storyNorm[part(e.getKey())] += s * s;
        }
        double[] weights = {config.titleWeight(), config.leadWeight(), config.entityWeight()};
        double score = 0;
        double weightSum = 0;
        for (int p = 0; p < 3; p++) {
            if (articleNorm[p] > 0 && storyNorm[p] > 0) {
                score += weights[p] * dot[p] / Math.sqrt(articleNorm[p] * storyNorm[p]);
                weightSum += weights[p];
            }
        }
        if (embedding != null && story.embeddingSum != null) {
            score += config.embeddingWeight() * Embedder.cosine(embedding, story.embeddingSum);
            weightSum += config.embeddingWeight();
        }
        if (weightSum == 0) {
            return 0;
        }
        double days = Math.abs(time - story.lastTime) / (double) DAY;
        return score / weightSum * Math.exp(-days * days / (2 * config.timeSigmaDays() * config.timeSigmaDays()));
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
        story.size++;
        story.lastTime = Math.max(story.lastTime, time);
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
        documents++;
        vector.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }

    private void expire(long now) {
        long window = (long) (config.windowDays() * DAY);
        var oldest = active.values().iterator();
        while (oldest.hasNext()) {
            Story story = oldest.next();
            if (now - story.lastTime <= window) {
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
