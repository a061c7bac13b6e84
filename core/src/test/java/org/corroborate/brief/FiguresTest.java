package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
    private static double[] bounds(String text) {
        int start = text.indexOf("60");
        return Figures.bounds(text, start, 60);
    }

    @Test
    void theWordsBeforeAFigureSayWhatValuesItAllows() {
        assertThat(bounds("Some 60 firefighters came.")).containsExactly(60, 60);
        assertThat(bounds("More than 60 firefighters came.")).containsExactly(60, Double.POSITIVE_INFINITY);
        assertThat(bounds("At least 60 came.")).containsExactly(60, Double.POSITIVE_INFINITY);
        assertThat(bounds("Up to 60 came.")).containsExactly(0, 60);
        assertThat(bounds("Nearly 60 came.")[0]).isCloseTo(54, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bounds("Nearly 60 came.")[1]).isEqualTo(60);
        // a word that only ends like one is not it
        assertThat(bounds("The Hover 60 came.")).containsExactly(60, 60);
    }
}
