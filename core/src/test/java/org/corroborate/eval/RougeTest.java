package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scores computed by hand from the ROUGE-1.5.5 rules. */
class RougeTest {
    private final Rouge plain = new Rouge(false, Set.of(), 0, 0.5);

    @Test
    void unigramsBigramsAndLcsOfOnePairByHand() {
        String peer = "The cat sat on the mat.";
        List<String> reference = List.of("The cat is on the mat.");

        // unigrams: the x2, cat, on, mat match = 5 of 6 on each side
        Rouge.Score r1 = plain.rougeN(1, peer, reference);
        assertThat(r1.recall()).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(r1.precision()).isCloseTo(5 / 6.0, within(1e-12));
        // bigrams: "the cat", "on the", "the mat" = 3 of 5
        assertThat(plain.rougeN(2, peer, reference).f()).isCloseTo(3 / 5.0, within(1e-12));
        // LCS: the cat on the mat = 5 of 6
        assertThat(plain.rougeL(peer, reference).recall()).isCloseTo(5 / 6.0, within(1e-12));
    }

    @Test
    void hyphensSplitPunctuationGoesAndHitsAreClipped() {
        assertThat(plain.tokens("Two-way trade: $118bn (2023-24)!")).containsExactly("two", "way", "trade", "118bn",
                "2023", "24");
        // the peer says "the" three times, the reference once: one hit, not three
        Rouge.Score score = plain.rougeN(1, "the the the", List.of("the end"));
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.precision()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void hitsAreSummedOverReferencesAndPrecisionCountsThePeerOncePerReference() {
        // ref 1 "bridge closed monday": 2 hits; ref 2 "bridge reopens": 1 hit
        Rouge.Score score = plain.rougeN(1, "bridge closed", List.of("bridge closed monday", "bridge reopens"));
        assertThat(score.recall()).isCloseTo(3 / 5.0, within(1e-12));
        assertThat(score.precision()).isCloseTo(3 / 4.0, within(1e-12));
        assertThat(score.f()).isCloseTo(2 * 0.6 * 0.75 / (0.6 + 0.75), within(1e-12));
    }

    @Test
    void stemmingOnlyTouchesWordsLongerThanThreeCharacters() {
        Rouge stemmed = new Rouge(true, Set.of(), 0, 0.5);
        assertThat(stemmed.tokens("closed closing ties was")).containsExactly("close", "close", "ti", "was");
        assertThat(stemmed.rougeN(1, "bridges closed", List.of("bridge closing")).recall()).isEqualTo(1.0);
    }

    @Test
    void stopwordsAndTheWordLimit() {
        Rouge limited = new Rouge(false, Set.of("the", "on"), 4, 0.5);
        // first 4 words: "the cat sat on"; stopwords out: cat, sat
        assertThat(limited.tokens("The cat sat on the mat")).containsExactly("cat", "sat");
    }

    @Test
    void unionLcsOverSentences() {
        // reference sentence "a b c d e"; peer sentences "a b x" and "c d y": union LCS = a b c d = 4 of 5
        Rouge.Score score = plain.rougeL("a b x\nc d y", List.of("a b c d e"));
        assertThat(score.recall()).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(score.precision()).isCloseTo(4 / 6.0, within(1e-12));
    }
}
