package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores computed by hand. */
class ClusterScoresTest {
    @Test
    void mixedClusteringByHand() {
        // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
        ClusterScores s = ClusterScores.score(
                Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2"),
                Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2"));

        // gold pairs 3 + 1 = 4, predicted pairs 1 + 3 = 4, pairs in both: ab, de = 2
        assertThat(s.pairwisePrecision()).isEqualTo(0.5);
        assertThat(s.pairwiseRecall()).isEqualTo(0.5);
        assertThat(s.pairwiseF1()).isEqualTo(0.5);
        // BCubed precision a 1, b 1, c 1/3, d 2/3, e 2/3; recall a 2/3, b 2/3, c 1/3, d 1, e 1: both 11/15
        assertThat(s.bcubedPrecision()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.bcubedRecall()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.bcubedF1()).isCloseTo(11 / 15.0, within(1e-12));
    }

    @Test
    void perfectClusteringScoresOne() {
        ClusterScores s = ClusterScores.score(Map.of("a", "x", "b", "x", "c", "y"),
                Map.of("a", "1", "b", "1", "c", "2"));

        assertThat(s.pairwiseF1()).isEqualTo(1.0);
        assertThat(s.bcubedF1()).isEqualTo(1.0);
    }

    @Test
    void allSingletonsAgainstOneStory() {
        ClusterScores s = ClusterScores.score(Map.of("a", "x", "b", "x", "c", "x", "d", "x"),
                Map.of("a", "1", "b", "2", "c", "3", "d", "4"));

        assertThat(s.pairwisePrecision()).isEqualTo(1.0); // no predicted pair is wrong
        assertThat(s.pairwiseRecall()).isEqualTo(0.0);
        assertThat(s.pairwiseF1()).isEqualTo(0.0);
        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isEqualTo(0.25);
        assertThat(s.bcubedF1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void onlyArticlesInBothCount() {
        ClusterScores s = ClusterScores.score(Map.of("a", "x", "b", "x", "gone", "y"),
                Map.of("a", "1", "b", "1", "extra", "2"));

        assertThat(s.articles()).isEqualTo(2);
        assertThat(s.pairwiseF1()).isEqualTo(1.0);
    }
}
