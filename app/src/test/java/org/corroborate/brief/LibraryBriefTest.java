package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.ingest.Article;
import org.junit.jupiter.api.Test;

/** The library's front door gives the same brief as the command line, as records. */
class LibraryBriefTest {
    @Test
    void briefOfArticlesInMemory() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "The Kestrel Bridge closed on Monday after inspectors found a crack in a girder. "
                        + "Mayor Ines Okafor said the city “will not gamble with lives”."),
                Article.of("b", "Inspectors found a crack in a girder and the Kestrel Bridge was closed on Monday. "
                        + "The ferry will add four crossings a day."),
                Article.of("c", "The Kestrel Bridge closed on Monday after inspectors found a crack in a girder. "
                        + "Mayor Ines Okafor said the city “will not gamble with lives”.")));

        assertThat(brief.articles()).extracting(StoryBrief.Article::id).containsExactly("a", "b", "c");
        assertThat(brief.facts()).anySatisfy(f -> {
            assertThat(f.text()).contains("crack");
            assertThat(f.sources()).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(f.corroborated()).isTrue();
        });
        // c is a copy of a: what only a and c say is one source, not corroborated
        assertThat(brief.facts()).anySatisfy(f -> {
            assertThat(f.text()).contains("gamble");
            assertThat(f.corroborated()).isFalse();
        });
        assertThat(brief.facts()).anySatisfy(f -> {
            assertThat(f.text()).contains("ferry");
            assertThat(f.sources()).containsExactly("b");
        });
        assertThat(brief.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).contains("Ines Okafor");
            assertThat(q.sources()).containsExactly("a", "c");
        });
    }

    @Test
    void figuresKeepTheWordsThatHedgeThem() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "A warehouse fire burned through the night in Dunmere. Nearly 50 firefighters "
                        + "fought the blaze, the fire service said."),
                Article.of("b", "Fire gutted a warehouse in Dunmere overnight. More than 60 firefighters fought the "
                        + "blaze until morning, officials said.")));

        assertThat(brief.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
                .extracting(v -> v.qualifier().orElse("") + " " + (long) v.value())
                .containsExactlyInAnyOrder("nearly 50", "more than 60"));
        java.io.ByteArrayOutputStream md = new java.io.ByteArrayOutputStream();
        org.corroborate.present.BriefMarkdown.write(List.of(brief), new java.io.PrintStream(md, true,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(md.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("- nearly 50 firefighters [1]")
                .contains("- more than 60 firefighters [2]");
    }

    @Test
    void sourcesDifferOnlyOnOneMeasureGivenByDifferentOutlets() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "Floods swept through the Corran valley on Tuesday. In all, 40 people died in the "
                        + "floods, and 80,000 people were evacuated. The river rose from 3 to 9 metres."),
                Article.of("b", "Floods in the Corran valley killed 52 people on Tuesday, officials said. About 1 "
                        + "million people are homeless after the river burst its banks."),
                Article.of("c", "The Corran valley floods on Tuesday left 52 people dead. The river rose 9 metres.")));

        // the death toll differs; the dead and the homeless, and one outlet's "from 3 to 9 metres", do not
        assertThat(brief.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
                .extracting(StoryBrief.Conflict.Value::value).containsExactlyInAnyOrder(40.0, 52.0));
    }

    @Test
    void figuresAboutTwoPeopleAreTwoMeasuresButTwoSpeakersMayDisagree() {
        StoryBrief games = Corroborate.brief(List.of(
                Article.of("a", "Harbour City beat Eastvale 88-80 on Saturday. Lena Ortiz scored 24 points for "
                        + "Harbour City in the win over Eastvale."),
                Article.of("b", "Harbour City won 88-80 against Eastvale on Saturday night. Maya Chen scored 18 "
                        + "points for Harbour City against Eastvale.")));
        assertThat(games.conflicts()).isEmpty();

        StoryBrief toll = Corroborate.brief(List.of(
                Article.of("a", "A landslide buried homes in Tarnow on Monday. Mayor Ines Okafor said 40 people "
                        + "died in the landslide."),
                Article.of("b", "A landslide buried homes in Tarnow on Monday. Police chief Tom Reyes said 52 "
                        + "people died in the landslide.")));
        assertThat(toll.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
                .extracting(StoryBrief.Conflict.Value::value).containsExactlyInAnyOrder(40.0, 52.0));
    }

    @Test
    void smallCountsOfPeopleAndSmallMeasuresAreCheckedToo() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "Three people died when a bus crashed near Greywick on Thursday, police said. "
                        + "The depot stored 4 tonnes of diesel."),
                Article.of("b", "7 people died when a bus crashed near Greywick on Thursday, police said. "
                        + "The depot stored 40 tonnes of diesel.")));

        // neither sentence is cited to the other source: they disagree
        assertThat(brief.facts()).allSatisfy(f -> assertThat(f.sources()).hasSize(1));
        assertThat(brief.conflicts()).extracting(c -> c.values().stream().map(v -> v.value()).sorted().toList())
                .contains(List.of(3.0, 7.0));
        assertThat(brief.figures()).extracting(f -> f.value() + " " + f.unit()).contains("4.0 t", "40.0 t");
    }

    @Test
    void aQuoteGivenToTwoSpeakersKeepsEachOutletsAttribution() {
        String lead = "Workers walked out of the Halden plant in Greywick on Wednesday after the fire. ";
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", lead + "“We owe them answers,” Olsen said."),
                Article.of("b", lead + "“We owe them answers,” said union leader Sara Lind."),
                Article.of("c", lead + "Union leader Sara Lind said: “We owe them answers.”")));

        assertThat(brief.quotes()).extracting(q -> q.speaker().orElse("") + " " + q.sources())
                .containsExactlyInAnyOrder("Olsen [a]", "Sara Lind [b, c]");
    }

    @Test
    void twoPeopleOfOneSurnameAndAnUnnamedSourceEachKeepTheirOwn() {
        String lead = "A fire destroyed the Tarnow market on Monday. ";
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", lead + "“We will rebuild the market,” Tom Chen said."),
                Article.of("b", lead + "“We will rebuild the market,” Amy Chen said."),
                Article.of("c", lead + "“We will rebuild the market,” a resident said.")));

        assertThat(brief.quotes()).extracting(q -> q.speaker().orElse("-") + " " + q.sources())
                .containsExactlyInAnyOrder("Tom Chen [a]", "Amy Chen [b]", "- [c]");
    }

    @Test
    void theKilledAndTheInjuredAreTwoMeasuresAndACountAfterAPhraseIsACount() {
        StoryBrief blast = Corroborate.brief(List.of(
                Article.of("a", "A gas blast hit the Dunmere market on Monday. The blast killed 12 people on Monday."),
                Article.of("b", "A gas blast hit the Dunmere market on Monday. The blast injured 30 people on Monday.")));
        assertThat(blast.conflicts()).isEmpty();

        StoryBrief attack = Corroborate.brief(List.of(
                Article.of("a", "An attack hit the Tarnow garrison on Monday. In the attack 12 soldiers were killed."),
                Article.of("b", "An attack hit the Tarnow garrison on Monday. In the attack, 20 soldiers were killed.")));
        assertThat(attack.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
                .extracting(StoryBrief.Conflict.Value::value).containsExactlyInAnyOrder(12.0, 20.0));
        assertThat(attack.facts()).allSatisfy(f -> assertThat(f.text().contains("soldiers") ? f.sources().size() : 1)
                .isEqualTo(1));
    }

    @Test
    void aSentenceInsideSomeonesLongQuoteIsNoFactOfTheWriter() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "Pier inquiry\n\nSurvivors asked for an inquiry into the pier collapse on Monday.\n\n"
                        + "“We waited for hours. Nobody came to help us. We want answers,” said Maria Solberg."),
                Article.of("b", "Pier survivors\n\nSurvivors asked for an inquiry into the pier collapse on Monday.")));

        assertThat(brief.facts()).extracting(StoryBrief.Fact::text).noneMatch(t -> t.contains("Nobody came"));
        assertThat(brief.quotes()).anySatisfy(q -> assertThat(q.text()).contains("Nobody came to help us"));
    }

    @Test
    void aDatelineIsNoEventOfTheTimeline() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "Ferry fire\n\nMonday, March 9, 2026\n\nThe ferry caught fire near the harbour on "
                        + "March 8, 2026."),
                Article.of("b", "Ferry burns\n\nTuesday, March 10, 2026\n\nThe ferry caught fire near the harbour on "
                        + "March 8, 2026.")));

        assertThat(brief.timeline()).extracting(StoryBrief.Event::date).containsExactly("2026-03-08");
    }

    @Test
    void aTimelineEventCitesTheSentenceThatStatesItNotTheFirstWithItsDate() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "date 2026-03-10\nThe ferry caught fire near the harbour on Monday. Rescuers reached "
                        + "the burning ferry on Monday."),
                Article.of("b", "date 2026-03-10\nRescuers reached the burning ferry on Monday. The ferry caught fire "
                        + "near the harbour on Monday."),
                Article.of("c", "date 2026-03-10\nThe ferry caught fire near the harbour on Monday.")));

        assertThat(brief.timeline()).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo("The ferry caught fire near the harbour on Monday.");
            assertThat(e.statedBy()).contains("b");
            assertThat(e.evidence()).filteredOn(v -> e.statedBy().contains(v.article()))
                    .allSatisfy(v -> assertThat(v.text()).isEqualTo(e.event()));
        });
    }

    @Test
    void aFactOnlyACopyStatesIsListedUnderTheCopyNotItsOriginal() {
        String shared = "A fire destroyed the Tarnow market hall on Monday night, the fire service said. Firefighters "
                + "fought the blaze for six hours before bringing it under control. ";
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("bay", shared + "Damage was estimated at 1.2 million euros. The hall had reopened in May "
                        + "after a renovation."),
                Article.of("city", shared + "Damage was estimated at 1.5 million euros. The hall had reopened in May "
                        + "after a renovation."),
                Article.of("post", "The Tarnow market hall burned down on Monday night. Traders said they had lost "
                        + "everything.")));
        java.io.ByteArrayOutputStream md = new java.io.ByteArrayOutputStream();
        org.corroborate.present.BriefMarkdown.write(List.of(brief), new java.io.PrintStream(md, true,
                java.nio.charset.StandardCharsets.UTF_8));
        String text = md.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(brief.articles()).anySatisfy(a -> assertThat(a.duplicateOf()).contains("bay"));
        String underCity = text.substring(text.indexOf("Only in city"));
        assertThat(underCity).contains("1.5 million euros");
        assertThat(text.substring(text.indexOf("Only in bay"), text.indexOf("Only in city")))
                .doesNotContain("1.5 million euros");
    }

    @Test
    void aTitleOfNoContentWordsIsNeverTheHeadline() {
        Article plain = Article.of("a", "A fire destroyed the Tarnow market hall on Monday night. Traders lost "
                + "everything.");
        Article titled = new Article(plain.id(), plain.origin(), plain.format(), plain.source(), plain.url(),
                java.util.Optional.of("T"), plain.byline(), plain.published(), plain.body(), List.of());
        StoryBrief brief = Corroborate.brief(List.of(titled));
        assertThat(brief.headline()).isNotEqualTo("T").contains("Tarnow market hall");
    }
}
