package org.corroborate.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.corroborate.extract.time.TimeExtractor;
import org.corroborate.text.PosTagger;
import org.corroborate.text.Sentence;
import org.corroborate.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final PosTagger tagger = new PosTagger();
    private final TimeExtractor times = new TimeExtractor();
    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> extract(String text) {
        List<Sentence> sentences = tagger.tag(text, splitter.split(text));
        return extractor.extract(text, sentences, times.extract(text, Optional.empty()));
    }

    @Test
    void moneyWithScalesAndCurrencies() {
        assertThat(extract("Trade rose to $118 billion, with a $32bn surplus, €4.5m in aid and £300 in fees."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("$118 billion", 1.18e11, "USD"), tuple("$32bn", 3.2e10, "USD"),
                        tuple("€4.5m", 4.5e6, "EUR"), tuple("£300", 300.0, "GBP"));
    }

    @Test
    void theDigitsOfARaceTimeOrAClockAreNoFigures() {
        assertThat(extract("She won the marathon in 2:21:05 on Sunday, ahead of 12,000 runners, after a start at "
                + "8:30 a.m."))
                .extracting(Quantity::value)
                .containsExactly(12000.0);
        // a label and a count are one
        assertThat(extract("Killed:40, injured:120.")).extracting(Quantity::value).containsExactly(40.0, 120.0);
        // an age and a street number are no figures
        assertThat(extract("The 15 sailors left 10 Downing Street with a 26 year-old marine.")).extracting(
                Quantity::value).containsExactly(15.0);
        assertThat(extract("Some 500 Main Street employees went home.")).extracting(Quantity::value)
                .containsExactly(500.0);
        assertThat(extract("Nurses worked 12 midnight shifts in March.")).extracting(Quantity::value)
                .containsExactly(12.0);
        // "12 noon" is a time of day
        assertThat(extract("At exactly 12 noon BST, 40 crew landed.")).extracting(Quantity::value)
                .containsExactly(40.0);
    }

    @Test
    void speedsNamesRanksAndTimesInPrimesAreNotCounts() {
        assertThat(extract("The train ran at 90 km/hour, then 60 miles per hour, and 300 passengers got off."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(90.0, "km/h"), tuple(60.0, "mi/h"), tuple(300.0, "people"));
        // a number that names or ranks something: "stage 13", "Route 52", "the top 10", "Flight 370"
        List<Quantity> named = extract("He won stage 13 on Route 52 and stayed in the top 10 after Flight 370 "
                + "landed with 240 passengers.");
        assertThat(named).filteredOn(Quantity::checkable).extracting(Quantity::value).containsExactly(240.0);
        // kept, to tell "stage 13" from "stage 20", as numbers that name
        assertThat(named).filteredOn(Quantity::names).extracting(Quantity::unit)
                .containsExactly("no. stage", "no. route", "no. top", "no. flight");
        // a race time in primes, and a duration the time expressions left, are no figures
        assertThat(extract("Rasmussen won in 5h 34' 28\" and leads by 2' 23' after a ride of 8 minutes 50 seconds "
                + "watched by 20,000 fans.")).extracting(Quantity::value).containsExactly(20000.0);
    }

    @Test
    void countsOfPeopleWithWhatTheyCount() {
        List<Quantity> found = extract("Officials counted some 18,000 Eastbank commuters who are on the ferry "
                + "every day, and about 4.8 million residents live there.");

        assertThat(found).extracting(Quantity::value, Quantity::unit, q -> q.counts().orElse(""))
                .containsExactly(tuple(18000.0, "people", "Eastbank commuters who are on the ferry every day"),
                        tuple(4800000.0, "people", "residents"));
    }

    @Test
    void percentagesFractionsMeasuresAndSpelledOutNumbers() {
        assertThat(extract("Prices rose 2.5% while two-thirds of the 30 centimetre crack was repaired, and "
                + "twenty-five engineers added four crossings."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(2.5, "percent"), tuple(2.0 / 3, "fraction"), tuple(30.0, "cm"),
                        tuple(25.0, "engineers"), tuple(4.0, "crossings"));
    }

    @Test
    void yearsDatesDurationsAndOrdinalsAreNotQuantities() {
        assertThat(extract("On January 27, 2025, the fourth summit of 2024 lasted six weeks and the 1st vote "
                + "came in 2023-24, one of many.")).isEmpty();
    }

    @Test
    void aNumberCountsTheNounBeforeItWhenNothingFollows() {
        assertThat(extract("The council spoke of stranded commuters in Port Alder, reportedly numbering 18,000."))
                .singleElement().satisfies(q -> {
                    assertThat(q.unit()).isEqualTo("people");
                    assertThat(q.counts()).contains("stranded commuters in Port Alder");
                });
    }
}
