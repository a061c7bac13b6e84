package org.corroborate.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a clustering against gold labels: pairwise precision, recall and F1 over all pairs of articles (as
 * Miranda et al. 2018 report them) and BCubed precision, recall and F1 (per article, averaged). Only articles in
 * both maps count.
 */
public record ClusterScores(int articles, double pairwisePrecision, double pairwiseRecall, double bcubedPrecision,
                            double bcubedRecall) {

    public double pairwiseF1() {
        return f1(pairwisePrecision, pairwiseRecall);
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    public static ClusterScores score(Map<String, String> gold, Map<String, String> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> cells = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                continue;
            }
            n++;
            goldSizes.merge(e.getValue(), 1, Integer::sum);
            predictedSizes.merge(p, 1, Integer::sum);
            cells.merge(e.getValue() + "\u0000" + p, 1, Integer::sum);
        }
        double truePairs = cells.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double predictedPairs = predictedSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double goldPairs = goldSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double bPrecision = 0;
        double bRecall = 0;
        for (Map.Entry<String, Integer> cell : cells.entrySet()) {
            String[] key = cell.getKey().split("\u0000", 2);
            int together = cell.getValue();
            // each of the `together` articles of this cell has the same BCubed precision and recall
            bPrecision += together * (together / (double) predictedSizes.get(key[1]));
            bRecall += together * (together / (double) goldSizes.get(key[0]));
        }
        return new ClusterScores(n, predictedPairs == 0 ? 1 : truePairs / predictedPairs,
                goldPairs == 0 ? 1 : truePairs / goldPairs, n == 0 ? 0 : bPrecision / n, n == 0 ? 0 : bRecall / n);
    }

    private static double pairs(int size) {
        return size * (size - 1) / 2.0;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
