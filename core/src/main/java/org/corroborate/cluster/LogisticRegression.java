package org.corroborate.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A small logistic regression, trained by full-batch gradient descent on standardised features with L2, so its
 * outputs are probabilities calibrated to the data's base rate. The weights it returns are on the raw feature scale (bias last), so a model is a plain dot
 * product. Deterministic: the same data gives the same weights.
 */
public final class LogisticRegression {
    private final double l2;
    private final int iterations;

    public LogisticRegression(double l2, int iterations) {
        this.l2 = l2;
        this.iterations = iterations;
    }

    /** Weights for the rows (all of one length) and their 0/1 labels, bias last. */
    public double[] fit(List<double[]> rows, int[] labels) {
        Objects.requireNonNull(rows, "rows");
        int n = rows.size();
        if (n == 0 || n != labels.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        int d = rows.get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] r : rows) {
            for (int k = 0; k < d; k++) {
                mean[k] += r[k] / n;
            }
        }
        for (double[] r : rows) {
            for (int k = 0; k < d; k++) {
                sd[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / n;
            }
        }
        for (int k = 0; k < d; k++) {
            sd[k] = sd[k] > 1e-12 ? Math.sqrt(sd[k]) : 1;
        }
        long positives = java.util.Arrays.stream(labels).filter(y -> y == 1).count();
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("need examples of both classes");
        }
        double[] w = new double[d + 1];
        double rate = 1.0;
        for (int it = 0; it < iterations; it++) {
            double[] gradient = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                double z = w[d];
                for (int k = 0; k < d; k++) {
                    z += w[k] * (r[k] - mean[k]) / sd[k];
                }
                double error = sigmoid(z) - labels[i];
                for (int k = 0; k < d; k++) {
                    gradient[k] += error * (r[k] - mean[k]) / sd[k];
                }
                gradient[d] += error;
            }
            for (int k = 0; k <= d; k++) {
                double penalty = k < d ? l2 * w[k] : 0;
                w[k] -= rate * (gradient[k] / n + penalty / n);
            }
        }
        double[] raw = new double[d + 1];
        raw[d] = w[d];
        for (int k = 0; k < d; k++) {
            raw[k] = w[k] / sd[k];
            raw[d] -= w[k] * mean[k] / sd[k];
        }
        return raw;
    }

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The probability the weights give a row. */
    public static double probability(double[] weights, double[] row) {
        double z = weights[row.length];
        for (int k = 0; k < row.length; k++) {
            z += weights[k] * row[k];
        }
        return sigmoid(z);
    }
}
