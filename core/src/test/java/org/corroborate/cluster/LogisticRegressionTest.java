package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    @Test
    void learnsWhichFeatureMattersFromSeededData() {
        long seed = 7;
        Random random = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        int[] labels = new int[400];
        for (int i = 0; i < 400; i++) {
            double signal = random.nextDouble();
            double noise = random.nextDouble();
            rows.add(new double[] {signal, noise});
            labels[i] = signal + 0.1 * random.nextGaussian() > 0.5 ? 1 : 0;
        }
        double[] w = new LogisticRegression(1.0, 800).fit(rows, labels);

        assertThat(w).as("seed %d", seed).hasSize(3);
        assertThat(w[0]).as("seed %d", seed).isGreaterThan(5);
        assertThat(Math.abs(w[1])).as("seed %d", seed).isLessThan(1.5);
        assertThat(LogisticRegression.probability(w, new double[] {0.9, 0.5})).isGreaterThan(0.9);
        assertThat(LogisticRegression.probability(w, new double[] {0.1, 0.5})).isLessThan(0.1);
        assertThat(new LogisticRegression(1.0, 800).fit(rows, labels)).containsExactly(w);
    }

    @Test
    void needsBothClasses() {
        assertThatThrownBy(() -> new LogisticRegression(1, 10).fit(List.of(new double[] {1}), new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both classes");
    }
}
