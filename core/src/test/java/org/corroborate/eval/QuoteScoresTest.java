package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteScoresTest {
    @Test
    void directQuotesPartialQuotesAndSpeakersByHand() {
        List<QuoteScores.Attribution> gold = List.of(
                new QuoteScores.Attribution(0, 30, "“We will rebuild the bridge.”", Optional.of("Mayor Ines Okafor")),
                new QuoteScores.Attribution(40, 70, "“Nobody is safe on it today.”", Optional.of("he")),
                new QuoteScores.Attribution(80, 120, "that the crack was 30 centimetres long", Optional.of("Engineers")),
                new QuoteScores.Attribution(130, 160, "“Ferries run every hour now.”", Optional.of("Rep. Dana Reyes")));
        List<QuoteScores.Found> found = List.of(
                new QuoteScores.Found(1, 29, "DIRECT", Optional.of("Ines Okafor")),   // right, named source
                new QuoteScores.Found(41, 69, "DIRECT", Optional.empty()),            // found; source is a pronoun
                new QuoteScores.Found(131, 159, "DIRECT", Optional.empty()),          // found; named, no speaker
                new QuoteScores.Found(200, 220, "DIRECT", Optional.of("Tomas Novak")), // spurious
                new QuoteScores.Found(95, 110, "PARTIAL", Optional.empty()),          // inside an attribution
                new QuoteScores.Found(170, 180, "PARTIAL", Optional.empty()));        // outside

        QuoteScores s = QuoteScores.score(gold, found);

        // gold direct 3 (the third content opens with no quote mark); found direct 4, 3 overlap gold; 3 recalled
        // partial 1 of 2 inside; named sources 2 (Okafor, Reyes): 1 right, 1 with no speaker
        assertThat(s).isEqualTo(new QuoteScores(3, 4, 3, 3, 2, 1, 2, 1, 1));
        assertThat(QuoteScores.sameName("Jim Clyburn", "Rep. Jim Clyburn (D-S.C.)")).isTrue();
        assertThat(QuoteScores.sameName("Jim Clyburn", "the senator")).isFalse();
        assertThat(QuoteScores.isNamed("his spokesman")).isFalse();
    }

    @Test
    void aContentOpenedWithAMarkTypedTheWrongWayRoundIsADirectQuote() {
        assertThat(QuoteScores.isDirect(new QuoteScores.Attribution(0, 22, "”The pier stays shut.”",
                Optional.of("Ines Okafor")))).isTrue();
        assertThat(QuoteScores.isDirect(new QuoteScores.Attribution(0, 20, "that the pier is shut",
                Optional.of("Ines Okafor")))).isFalse();
    }

    @Test
    void aContentOfParaphraseAndQuoteIsScoredOnItsQuotedFragment() {
        // "Ferries run again, Okafor said. “We fixed the pier.”": the annotators' content holds both, from 0 to 60
        QuoteScores.Attribution joined = new QuoteScores.Attribution(0, 60, "x".repeat(60), Optional.of("Okafor"),
                List.of(new QuoteScores.Fragment(40, 60, "“We fixed the pier.”")));
        QuoteScores.Attribution paraphrase = new QuoteScores.Attribution(70, 90, "that the ferry is late",
                Optional.of("Novak"));

        QuoteScores s = QuoteScores.score(List.of(joined, paraphrase), List.of(
                new QuoteScores.Found(41, 59, "DIRECT", Optional.of("Ines Okafor")),   // the quoted fragment
                new QuoteScores.Found(2, 20, "DIRECT", Optional.of("Ines Okafor"))));  // the paraphrase: spurious

        assertThat(s).isEqualTo(new QuoteScores(1, 2, 1, 1, 0, 0, 1, 1, 0));
        assertThat(QuoteScores.isDirect(paraphrase)).isFalse();
    }
}
