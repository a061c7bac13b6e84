package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks that keep an alike sentence from counting as corroboration, on sentences written for the test. */
class ClaimCheckTest {
    private static final ClaimCheck CHECK = new ClaimCheck(ClaimCheck.Config.DEFAULTS);

    private static Claim claim(String text, Set<String> entities, Set<String> figures, Set<String> dates) {
        return StatementExtractor.claim(text, entities, Set.of(), figures, dates, List.of());
    }

    private static Claim claim(String text) {
        return claim(text, Set.of(), Set.of(), Set.of());
    }

    @Test
    void aParaphraseStatesTheClaim() {
        Claim a = claim("The council closed the Kestrel Bridge after inspectors found a crack.",
                Set.of("LOCATION:Kestrel Bridge"), Set.of(), Set.of());
        Claim b = claim("Inspectors found a crack and the council closed the Kestrel Bridge.",
                Set.of("LOCATION:Kestrel Bridge"), Set.of(), Set.of());

        assertThat(CHECK.support(a, b, 0.90)).isEqualTo(ClaimCheck.Support.STATES);
        assertThat(CHECK.support(a, b, 0.75)).isEqualTo(ClaimCheck.Support.RELATED);
        assertThat(CHECK.support(a, b, 0.50)).isEqualTo(ClaimCheck.Support.UNRELATED);
    }

    @Test
    void aSourceThatNeverGivesOneOfTheClaimsFiguresDoesNotStateIt() {
        Claim claim = claim("The union said 78% of its members backed the strike on a turnout of 64%.", Set.of(),
                Set.of("percent:7800", "percent:6400"), Set.of());
        Claim onlyTheShare = claim("According to the union, 78% of members who voted backed the strike.", Set.of(),
                Set.of("percent:7800"), Set.of());

        assertThat(CHECK.agrees(claim, onlyTheShare)).isFalse();
        // the turnout given elsewhere in its article: it states the claim, in two sentences
        assertThat(CHECK.agrees(claim, onlyTheShare.withArticleFigures(Set.of("percent:6400")))).isTrue();
        // what a figure counts is read from its words, which differ: the value decides
        assertThat(CHECK.agrees(claim, onlyTheShare.withArticleFigures(Set.of("members:6400")))).isTrue();
    }

    @Test
    void durationsMustAgreeAndALongerFormOfANameIsTheSameName() {
        Claim week = claim("The site will stay closed for a week.", Set.of(), Set.of(), Set.of("P1W"));
        Claim month = claim("The site will stay closed for a month.", Set.of(), Set.of(), Set.of("P1M"));
        Claim weekToo = claim("The site is to stay closed for a week.", Set.of(), Set.of(), Set.of("P1W"));
        assertThat(CHECK.agrees(week, month)).isFalse();
        assertThat(CHECK.agrees(week, weekToo)).isTrue();
        assertThat(CHECK.agrees(week, claim("The site will stay closed for seven days.", Set.of(), Set.of(),
                Set.of("P7D")))).isTrue();
        // a place named in fewer words is another place
        assertThat(ClaimCheck.entitiesConflict(claim("A fire in South Sudan killed many.", Set.of("LOCATION:South "
                + "Sudan"), Set.of(), Set.of()), claim("A fire in Sudan killed many.", Set.of("LOCATION:Sudan"),
                Set.of(), Set.of()))).isTrue();

        Claim shortName = claim("The Central Commission said the vote will be held on a two-party basis.",
                Set.of("ORGANIZATION:Central Commission"), Set.of(), Set.of());
        Claim longName = claim("The vote will be held on a two-party basis, the Central Elections Commission of "
                + "Harrowgate said.", Set.of("ORGANIZATION:Central Elections Commission of Harrowgate"), Set.of(),
                Set.of());
        assertThat(ClaimCheck.entitiesConflict(shortName, longName)).isFalse();
        assertThat(ClaimCheck.entitiesConflict(shortName, claim("The vote will be held on a two-party basis, the "
                + "Supreme Court said.", Set.of("ORGANIZATION:Supreme Court"), Set.of(), Set.of()))).isTrue();
    }

    @Test
    void polarityAndModalityMustAgree() {
        Claim visited = claim("The mayor visited the harbour on Monday.");
        Claim willVisit = claim("The mayor will visit the harbour on Monday.");
        Claim mightVisit = claim("The mayor might visit the harbour on Monday.");
        Claim didNotVisit = claim("The mayor did not visit the harbour on Monday.");

        assertThat(CHECK.agrees(visited, willVisit)).isFalse();
        assertThat(CHECK.agrees(willVisit, mightVisit)).isFalse();
        // an announced visit backs a hedged one ("will visit" entails that a visit may come), not the reverse,
        // and a past visit backs neither
        assertThat(CHECK.agrees(mightVisit, willVisit)).isTrue();
        // ... when it announces the same thing, not something that shares a few of its words
        assertThat(CHECK.agrees(claim("Analysts say the mayor's visit could reshape harbour funding talks."),
                claim("The mayor will visit the harbour for the first time since her election."))).isFalse();
        assertThat(CHECK.agrees(mightVisit, visited)).isFalse();
        assertThat(CHECK.agrees(willVisit, visited)).isFalse();
        assertThat(CHECK.agrees(visited, didNotVisit)).isFalse();
        assertThat(CHECK.agrees(willVisit, claim("On Monday the mayor will visit the harbour."))).isTrue();
        // a hedge in a clause of its own does not hedge the main claim
        assertThat(CHECK.agrees(willVisit, claim("The mayor will visit the harbour on Monday, and aides say the "
                + "governor may join her."))).isTrue();
    }

    @Test
    void anotherPlaceFigureOrDayIsAnotherClaim() {
        Claim quake = claim("A strong earthquake struck the coast of Veloria on Tuesday.",
                Set.of("LOCATION:Veloria"), Set.of(), Set.of("2026-03-10"));
        assertThat(CHECK.agrees(quake, claim("A strong earthquake struck the coast of Marenta on Tuesday.",
                Set.of("LOCATION:Marenta"), Set.of(), Set.of("2026-03-10")))).isFalse();
        assertThat(CHECK.agrees(quake, claim("A strong earthquake struck the coast of Veloria on Wednesday.",
                Set.of("LOCATION:Veloria"), Set.of(), Set.of("2026-03-11")))).isFalse();
        // a source that leaves the day out is judged by its words
        assertThat(CHECK.agrees(quake, claim("A strong earthquake struck the coast of Veloria.",
                Set.of("LOCATION:Veloria"), Set.of(), Set.of()))).isTrue();

        Claim dead = claim("The storm killed 12 people in the port.", Set.of(), Set.of("people:1200"), Set.of());
        assertThat(CHECK.agrees(dead, claim("The storm killed 10 people in the port.", Set.of(),
                Set.of("people:1000"), Set.of()))).isFalse();
        assertThat(CHECK.agrees(dead, claim("The storm killed 12 people in the port.", Set.of(),
                Set.of("people:1200"), Set.of()))).isTrue();
    }

    @Test
    void aQualifierTheSourceLacksChangesTheClaim() {
        assertThat(CHECK.agrees(claim("It is the first visit of the minister to the island since 2019."),
                claim("The minister will visit the island in February."))).isFalse();
    }

    @Test
    void sentencesThatDoNotReadOnTheirOwn() {
        assertThat(StatementExtractor.selfContained("He said the bridge would reopen in April.")).isFalse();
        assertThat(StatementExtractor.selfContained("But the council has not decided.")).isFalse();
        assertThat(StatementExtractor.selfContained("The company said profits fell.")).isFalse();
        assertThat(StatementExtractor.selfContained("We will rebuild the bridge.” the mayor added.")).isFalse();
        assertThat(StatementExtractor.selfContained("The council said the bridge would reopen in April.")).isTrue();
        assertThat(StatementExtractor.endsLikeSentence("Immigration and Skilled Workers")).isFalse();
        assertThat(StatementExtractor.endsLikeSentence("The bridge closed.”")).isTrue();
    }
}
