package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.internal.AverageLinkage;

/**
 * Clusters a whole set of articles at once (an archive, or the files given to {@code brief}): every candidate pair
 * is scored by the learned {@link StoryModel}, and stories are formed by average-link agglomeration over those
 * probabilities, merging while the mean probability between two stories reaches the model's threshold. Decisions
 * are revisited as stories grow, and reports weeks apart stay together when their content says so. Candidate pairs:
 * all of them in small sets, else each article with its nearest articles by body terms (an inverted index), so
 * the cost per article stays bounded. A near-duplicate joins its original. Not thread-safe.
 */
public final class ArchiveClusterer {
    /** Up to this many articles, every pair is scored. */
    private static final int ALL_PAIRS = Integer.getInteger("corroborate.allPairs", 3000);
    /** Past that, an article is compared with its nearest articles by body TF-IDF. */
    private static final int NEIGHBOURS = 50;
    private static final double STORED_FLOOR = 0.02;

    /** Receives every scored pair: for a person asking why two articles were put together. */
    public interface PairListener {
        void pair(String first, String second, double probability, double[] features);
    }

    private final StoryModel model;
    private final PairListener listener;

    public ArchiveClusterer(StoryModel model) {
        this(model, (a, b, p, f) -> { });
    }

    public ArchiveClusterer(StoryModel model, PairListener listener) {
        this.model = Objects.requireNonNull(model, "model");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The story of each article (0, 1, ... in order of each story's first article). */
    public int[] cluster(PairFeatures features) {
        return cluster(features, score(features));
    }

    /** Each article's story and each article's topic, numbered in order of their first article. */
    public record Topics(int[] stories, int[] topics) {
    }

    /**
     * Stories, and the topics that group them. A topic holds whole stories: those a second model, trained on coarser
     * labels (one subject: two earthquakes of one region, a disaster and the weeks of relief after it), finds alike
     * enough by average link, starting from the stories. Every pair's features are computed once for both models.
     */
    public Topics clusterWithTopics(PairFeatures features, StoryModel topicModel) {
        Objects.requireNonNull(topicModel, "topicModel");
        List<List<double[]>> scored = score(features, List.of(model, topicModel));
        int[] stories = cluster(features, scored.get(0));
        List<double[]> topicEdges = scored.get(1);
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            while (members.size() <= stories[i]) {
                members.add(new ArrayList<>());
            }
            members.get(stories[i]).add(i);
        }
        return new Topics(stories, link(features, topicEdges, topicModel, members));
    }

    /**
     * The candidate pairs, scored: {i, j, probability} for those at or above a small floor. Scoring is most of
     * the work, so a caller that clusters one set at several thresholds scores it once.
     */
    List<double[]> score(PairFeatures features) {
        return score(features, List.of(model)).get(0);
    }

    /** The candidate pairs scored by each model (the first one's probability goes to the listener). */
    private List<List<double[]>> score(PairFeatures features, List<StoryModel> models) {
        List<List<double[]>> edges = new ArrayList<>();
        models.forEach(m -> edges.add(new ArrayList<>()));
        for (int[] pair : candidates(features)) {
            double[] x = features.features(pair[0], pair[1]);
            for (int m = 0; m < models.size(); m++) {
                double p = models.get(m).probability(x);
                if (m == 0) {
                    listener.pair(features.article(pair[0]).id(), features.article(pair[1]).id(), p, x);
                }
                if (p >= STORED_FLOOR) {
                    edges.get(m).add(new double[] {pair[0], pair[1], p});
                }
            }
        }
        return edges;
    }

    /** Stories from pairs scored by a model of the same weights ({@link #score}). */
    int[] cluster(PairFeatures features, List<double[]> edges) {
        return link(features, edges, model, List.of());
    }

    /**
     * Average-link clusters over pairs scored by {@code scoring}, grown from the clusters {@code start}, at the
     * model's thresholds; numbered in order of each cluster's first article.
     */
    private int[] link(PairFeatures features, List<double[]> edges, StoryModel scoring, List<List<Integer>> start) {
        int n = features.size();
        // with every pair scored, a pair under the floor counts as 0; with candidates only, the mean is over the
        // pairs scored (those not scored share no telling word)
        AverageLinkage linkage = new AverageLinkage(n, null, n <= ALL_PAIRS ? 0 : Double.NaN).start(start);
        if (n > ALL_PAIRS) {
            linkage.scoreOnDemand((i, j) -> scoring.probability(features.features(i, j)));
        }
        for (double[] edge : edges) {
            linkage.edge((int) edge[0], (int) edge[1], edge[2]);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(features.article(i).id(), i);
        }
        for (int i = 0; i < n; i++) {
            Integer original = features.article(i).duplicateOf().map(index::get).orElse(null);
            if (original != null) {
                linkage.edge(i, original, 1.0);
            }
        }
        int[] story = new int[n];
        int next = 0;
        boolean[] brief = new boolean[n];
        for (int i = 0; i < n; i++) {
            brief[i] = PairFeatures.isShort(features.article(i));
        }
        AverageLinkage.Threshold threshold = (a, b) -> a.stream().allMatch(i -> brief[i])
                && b.stream().allMatch(i -> brief[i]) ? scoring.shortThreshold() : scoring.threshold();
        for (List<Integer> cluster : linkage.clusters(threshold)) {
            for (int i : cluster) {
                story[i] = next;
            }
            next++;
        }
        return story;
    }

    /** Pairs to score: all in small sets, else each article with its {@value #NEIGHBOURS} nearest by body terms. */
    static List<int[]> candidates(PairFeatures features) {
        int n = features.size();
        List<int[]> pairs = new ArrayList<>();
        if (n <= ALL_PAIRS) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    pairs.add(new int[] {i, j});
                }
            }
            return pairs;
        }
        // each article's nearest articles by body TF-IDF, found through an inverted index; terms in more than a
        // twentieth of the articles (at least 50) say too little to look up
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : features.body(i).keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        int maxPostings = Math.max(50, n / 20);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        double[] score = new double[n];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Float> term : features.body(i).entrySet()) {
                List<Integer> list = postings.get(term.getKey());
                if (list.size() > maxPostings) {
                    continue;
                }
                for (int j : list) {
                    if (j != i) {
                        if (score[j] == 0) {
                            touched.add(j);
                        }
                        score[j] += term.getValue() * features.body(j).get(term.getKey());
                    }
                }
            }
            touched.sort(Comparator.comparingDouble((Integer j) -> -score[j]).thenComparingInt(j -> j));
            for (int k = 0; k < touched.size() && k < NEIGHBOURS; k++) {
                int j = touched.get(k);
                long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
                if (seen.add(key)) {
                    pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
                }
            }
            for (int j : touched) {
                score[j] = 0;
            }
            touched.clear();
        }
        return pairs;
    }
}
