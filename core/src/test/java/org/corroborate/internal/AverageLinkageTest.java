package org.corroborate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {
    @Test
    void mergesWhileTheMeanReachesTheThreshold() {
        // 0-1-2 close, 3-4 close, 2-3 one link that the other pairs do not back
        AverageLinkage linkage = new AverageLinkage(5, null, 0);
        linkage.edge(0, 1, 0.9);
        linkage.edge(1, 2, 0.8);
        linkage.edge(0, 2, 0.7);
        linkage.edge(3, 4, 0.9);
        linkage.edge(2, 3, 0.6);

        assertThat(linkage.clusters(0.5)).containsExactly(List.of(0, 1, 2), List.of(3, 4));
    }

    @Test
    void pairsOfOneGroupAreLeftOutOfTheMean() {
        String[] groups = {"a", "a", "b"};
        AverageLinkage linkage = new AverageLinkage(3, groups, 0);
        linkage.edge(0, 2, 0.9);
        linkage.edge(1, 2, 0.9);

        assertThat(linkage.clusters(0.8)).containsExactly(List.of(0, 1, 2));
    }

    @Test
    void onASparseGraphASampleOfUnscoredPairsDecides() {
        // two pairs joined by one strong proposed link; the other cross pairs, scored on demand, are weak
        AverageLinkage linkage = new AverageLinkage(4, null, Double.NaN)
                .scoreOnDemand((i, j) -> (i < 2) == (j < 2) ? 0.9 : 0.1);
        linkage.edge(0, 1, 0.9);
        linkage.edge(2, 3, 0.9);
        linkage.edge(1, 2, 0.85);

        assertThat(linkage.clusters(0.5)).containsExactly(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void clustersGivenAtTheStartStayWholeAndGrowByTheirMean() {
        // 1 is closer to 2 than to 0, but starts with 0; {0,1} and {2} have mean (0.1 + 0.9) / 2 = 0.5
        AverageLinkage linkage = new AverageLinkage(4, null, 0).start(List.of(List.of(0, 1)));
        linkage.edge(1, 2, 0.9);
        linkage.edge(0, 2, 0.1);
        linkage.edge(2, 3, 0.2);

        assertThat(linkage.clusters(0.5)).containsExactly(List.of(0, 1, 2), List.of(3));
        AverageLinkage stricter = new AverageLinkage(4, null, 0).start(List.of(List.of(0, 1)));
        stricter.edge(1, 2, 0.9);
        stricter.edge(0, 2, 0.1);
        assertThat(stricter.clusters(0.6)).containsExactly(List.of(0, 1), List.of(2), List.of(3));
    }

    @Test
    void onASparseGraphStartingClustersAreJudgedByTheirSampledMean() {
        // {0,1} start together; 2 links strongly to 1 only, and its other pairs, scored on demand, are weak
        AverageLinkage linkage = new AverageLinkage(4, null, Double.NaN)
                .scoreOnDemand((i, j) -> i + j == 3 && Math.min(i, j) == 1 ? 0.9 : 0.1)
                .start(List.of(List.of(0, 1)));
        linkage.edge(1, 2, 0.9);
        linkage.edge(2, 3, 0.95);

        assertThat(linkage.clusters(0.5)).containsExactly(List.of(0, 1), List.of(2, 3));
    }
}
