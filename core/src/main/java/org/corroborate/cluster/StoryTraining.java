package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.corroborate.eval.ClusterScores;

/**
 * Learns a {@link StoryModel} from articles labelled with their stories: pairs of one story are positives, pairs
 * of two stories negatives (all of them in small sets; else per article a seeded sample of its positives, its
 * hardest negatives by body similarity and a seeded random sample of the others), a logistic regression over their
 * {@link PairFeatures}, then the merge thresholds that give the best BCubed F1 when the training articles are
 * clustered with them: one for full articles, one for headlines and briefs.
 */
public final class StoryTraining {
    private static final int ALL_PAIRS = 300;
    private static final int HARD_NEGATIVES = 15;
    private static final int POSITIVES = 15;
    private static final int RANDOM_NEGATIVES = 15;
    private static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65,
        0.7, 0.75, 0.8, 0.85, 0.9};

    /**
     * What training did, for the user: the BCubed F1 of the training articles (full articles and headlines apart,
     * NaN where there are none) at the thresholds chosen.
     */
    public record Result(StoryModel model, int positives, int negatives, double articlesBcubedF1,
                         double headlinesBcubedF1) {
    }

    private StoryTraining() {
    }

    /** Trains on the articles of {@code features} that {@code gold} labels (others are left out by the caller). */
    public static Result train(PairFeatures features, Map<String, String> gold, List<String> provenance) {
        return train(features, gold, provenance, java.util.Set.of());
    }

    /**
     * Trains without some features (their weights stay 0), to measure what each contributes. {@code without} holds
     * names of {@link PairFeatures#NAMES}.
     */
    public static Result train(PairFeatures features, Map<String, String> gold, List<String> provenance,
                               java.util.Set<String> without) {
        for (String name : without) {
            if (!PairFeatures.NAMES.contains(name)) {
                throw new IllegalArgumentException("no feature " + name + "; features: " + PairFeatures.NAMES);
            }
        }
        int n = features.size();
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            String story = gold.get(features.article(i).id());
            List<int[]> negatives = new ArrayList<>();
            List<Integer> positives = new ArrayList<>();
            for (int j = i + 1; j < n; j++) {
                boolean same = story.equals(gold.get(features.article(j).id()));
                if (n <= ALL_PAIRS) {
                    rows.add(features.features(i, j));
                    labels.add(same ? 1 : 0);
                } else if (same) {
                    positives.add(j);
                } else {
                    negatives.add(new int[] {i, j});
                }
            }
            // a big story has many pairs: each article brings at most POSITIVES of them, so big stories and
            // big corpora do not drown the rest
            java.util.Collections.shuffle(positives, random);
            for (int k = 0; k < positives.size() && k < POSITIVES; k++) {
                rows.add(features.features(i, positives.get(k)));
                labels.add(1);
            }
            if (!negatives.isEmpty()) {
                int from = i;
                Map<Integer, Double> bodyAlike = new java.util.HashMap<>();
                for (int[] p : negatives) {
                    bodyAlike.put(p[1], PairFeatures.cosine(features.body(from), features.body(p[1])));
                }
                negatives.sort(Comparator.comparingDouble((int[] p) -> -bodyAlike.get(p[1]))
                        .thenComparingInt(p -> p[1]));
                java.util.Set<Integer> taken = new java.util.TreeSet<>();
                for (int k = 0; k < negatives.size() && k < HARD_NEGATIVES; k++) {
                    taken.add(negatives.get(k)[1]);
                }
                // hard by embedding too: leads alike in style and place, bodies apart
                Map<Integer, Double> alike = new java.util.HashMap<>();
                for (int[] p : negatives) {
                    alike.put(p[1], features.embeddingCosine(from, p[1]));
                }
                List<int[]> byEmbedding = new ArrayList<>(negatives);
                byEmbedding.sort(Comparator.comparingDouble((int[] p) -> -alike.get(p[1])).thenComparingInt(p -> p[1]));
                for (int k = 0; k < byEmbedding.size() && k < HARD_NEGATIVES; k++) {
                    taken.add(byEmbedding.get(k)[1]);
                }
                for (int j : taken) {
                    rows.add(features.features(i, j));
                    labels.add(0);
                }
                for (int k = 0; k < RANDOM_NEGATIVES && negatives.size() > 2 * HARD_NEGATIVES; k++) {
                    int[] p = negatives.get(HARD_NEGATIVES + random.nextInt(negatives.size() - HARD_NEGATIVES));
                    rows.add(features.features(i, p[1]));
                    labels.add(0);
                }
            }
        }
        for (String name : without) {
            int column = PairFeatures.NAMES.indexOf(name);
            rows.forEach(r -> r[column] = 0);
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        double[] weights = new LogisticRegression(1.0, 1500).fit(rows, y);
        int positives = (int) labels.stream().filter(l -> l == 1).count();
        // the merge thresholds: for full articles on the full articles, for headlines and briefs on those
        List<Integer> full = new ArrayList<>();
        List<Integer> brief = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (PairFeatures.isShort(features.article(i)) ? brief : full).add(i);
        }
        double[] threshold = bestThreshold(features, full, gold, weights, provenance);
        double[] shortThreshold = bestThreshold(features, brief, gold, weights, provenance);
        double bestThreshold = Double.isNaN(threshold[0]) ? shortThreshold[0] : threshold[0];
        double bestShort = Double.isNaN(shortThreshold[0]) ? bestThreshold : shortThreshold[0];
        if (Double.isNaN(bestThreshold)) {
            bestThreshold = 0.5;
            bestShort = 0.5;
        }
        double[] stream = bestStreamThreshold(features, full, gold, weights, provenance);
        double[] streamShort = bestStreamThreshold(features, brief, gold, weights, provenance);
        double streamThreshold = Double.isNaN(stream[0]) ? bestThreshold : stream[0];
        double streamShortThreshold = Double.isNaN(streamShort[0]) ? bestShort : streamShort[0];
        List<String> notes = new ArrayList<>(provenance);
        notes.add(String.format(Locale.ROOT, "%d articles (%d headlines or briefs), %d positive and %d negative pairs; "
                + "training BCubed F1 %.4f at threshold %.2f (articles), %.4f at %.2f (headlines)", n, brief.size(),
                positives, rows.size() - positives, threshold[1], bestThreshold, shortThreshold[1], bestShort));
        notes.add(String.format(Locale.ROOT, "streaming, in time order: training BCubed F1 %.4f at threshold %.2f "
                + "(articles), %.4f at %.2f (headlines)", stream[1], streamThreshold, streamShort[1],
                streamShortThreshold));
        return new Result(new StoryModel(weights, bestThreshold, bestShort, streamThreshold, streamShortThreshold,
                notes), positives,
                rows.size() - positives, threshold[1], shortThreshold[1]);
    }

    /** As {@link #bestThreshold}, for the streaming clusterer fed the subset in time order. */
    private static double[] bestStreamThreshold(PairFeatures features, List<Integer> subset, Map<String, String> gold,
                                                double[] weights, List<String> provenance) {
        if (subset.stream().map(i -> gold.get(features.article(i).id())).distinct().count() < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        List<ArticleProfile> ordered = subset.stream().map(features::article)
                .sorted(java.util.Comparator.comparingLong(ArticleProfile::time)).toList();
        double[] f1 = new double[THRESHOLDS.length];
        for (int t = 0; t < THRESHOLDS.length; t++) {
            StoryModel model = new StoryModel(weights, THRESHOLDS[t], THRESHOLDS[t], provenance);
            StoryClusterer clusterer = new StoryClusterer(model, StoryClusterer.Config.DEFAULTS);
            Map<String, Integer> assigned = new java.util.LinkedHashMap<>();
            for (ArticleProfile a : ordered) {
                assigned.put(a.id(), clusterer.assign(a));
            }
            Map<String, String> predicted = new java.util.LinkedHashMap<>();
            assigned.forEach((id, story) -> predicted.put(id, String.valueOf(clusterer.current(story))));
            f1[t] = ClusterScores.score(gold, predicted).bcubedF1();
        }
        return plateau(f1);
    }

    /**
     * The threshold with the best BCubed F1 on a subset of the articles (the worst of it and its neighbours, so a
     * plateau wins over a peak beside a collapse) and its F1, or NaNs when the subset holds under two stories.
     */
    private static double[] bestThreshold(PairFeatures features, List<Integer> subset, Map<String, String> gold,
                                          double[] weights, List<String> provenance) {
        if (subset.stream().map(i -> gold.get(features.article(i).id())).distinct().count() < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        PairFeatures part = PairFeatures.over(subset.stream().map(features::article).toList());
        List<double[]> edges = new ArchiveClusterer(new StoryModel(weights, 0.5, 0.5, provenance)).score(part);
        double[] f1 = new double[THRESHOLDS.length];
        for (int t = 0; t < THRESHOLDS.length; t++) {
            int[] stories = new ArchiveClusterer(new StoryModel(weights, THRESHOLDS[t], THRESHOLDS[t], provenance))
                    .cluster(part, edges);
            Map<String, String> predicted = new java.util.LinkedHashMap<>();
            for (int i = 0; i < part.size(); i++) {
                predicted.put(part.article(i).id(), String.valueOf(stories[i]));
            }
            f1[t] = ClusterScores.score(gold, predicted).bcubedF1();
        }
        return plateau(f1);
    }

    /** The threshold of the best plateau of F1s over {@link #THRESHOLDS}, and its F1. */
    private static double[] plateau(double[] f1) {
        // the best of a plateau, not a peak beside a cliff: each threshold counts as the worst of itself and its
        // neighbours, since clusters can collapse one step below a good threshold
        double best = Double.NaN;
        double bestF1 = Double.NaN;
        double bestWorst = -1;
        for (int t = 0; t < THRESHOLDS.length; t++) {
            double worst = f1[t];
            if (t > 0) {
                worst = Math.min(worst, f1[t - 1]);
            }
            if (t + 1 < THRESHOLDS.length) {
                worst = Math.min(worst, f1[t + 1]);
            }
            if (worst > bestWorst + 1e-9) {
                bestWorst = worst;
                best = THRESHOLDS[t];
                bestF1 = f1[t];
            }
        }
        return new double[] {best, bestF1};
    }
}
