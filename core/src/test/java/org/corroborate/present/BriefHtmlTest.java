package org.corroborate.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.corroborate.brief.Evidence;
import org.corroborate.brief.StoryBrief;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BriefHtmlTest {
    static StoryBrief hostileBrief() {
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        Evidence inA = new Evidence("a", 0, evil.length(), evil, false);
        Evidence inB = new Evidence("b", 5, 5 + evil.length(), evil, false);
        Evidence inC = new Evidence("c", 0, 13, "Only one says", false);
        return new StoryBrief("1", "Bridge <b>closed</b>", List.of(
                new StoryBrief.Article("a", "Harbour <Times>", Optional.of(evil), Optional.of("2026-03-10"),
                        Optional.empty()),
                new StoryBrief.Article("b", "Coastal Post", Optional.empty(), Optional.empty(), Optional.of("a")),
                new StoryBrief.Article("c", "Bay Radio", Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(new StoryBrief.Sentence("The bridge closed. " + evil, List.of("a", "c"), List.of(inA, inC))),
                List.of(new StoryBrief.Fact("Corroborated " + evil, List.of("a", "b", "c"), true, 2,
                                List.of(inA, inB, inC), List.of()),
                        new StoryBrief.Fact("Only one says " + evil, List.of("c"), false, 1, List.of(inC),
                                List.of("a"))),
                List.of(new StoryBrief.Quote(Optional.of("Mayor <i>X</i>"), evil, List.of("a"), List.of(inA))),
                List.of(new StoryBrief.Figure(40000, "people", Optional.of(evil), List.of("a"), List.of(inA))),
                List.of(new StoryBrief.Conflict(evil, List.of(
                        new StoryBrief.Conflict.Value(40000, "people", evil, List.of("a"), List.of(inA)),
                        new StoryBrief.Conflict.Value(65000, "people", "vehicles", List.of("c"), List.of(inC))))),
                List.of(new StoryBrief.Event("2026-03-09", evil, List.of("a"), List.of("a"), List.of(inA)),
                        new StoryBrief.Event("2026-04", "Reopening", List.of("a"), List.of("a", "c"),
                                List.of(inA, inC))),
                List.of(new StoryBrief.Entity("Ines <Okafor>", "PERSON", List.of(evil), List.of("a"))));
    }

    static String html(StoryBrief brief) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefHtml.write(List.of(brief), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void relatedStoriesOfTheTopicLinkToTheirSectionsWithEscapedHeadlines() {
        StoryBrief first = hostileBrief().withRelatedStories(List.of("2"));
        StoryBrief second = new StoryBrief("2", "Second <b>crack</b> found", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of("1"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefHtml.write(List.of(first, second), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Document doc = Jsoup.parse(bytes.toString(StandardCharsets.UTF_8));

        assertThat(doc.select("#story-1 .related-stories a").attr("href")).isEqualTo("#story-2");
        assertThat(doc.select("#story-1 .related-stories a").text()).isEqualTo("Second <b>crack</b> found");
        assertThat(doc.select("#story-2 .related-stories a").attr("href")).isEqualTo("#story-1");
        assertThat(doc.select("b")).isEmpty();

        ByteArrayOutputStream markdown = new ByteArrayOutputStream();
        BriefMarkdown.write(List.of(first, second), new PrintStream(markdown, true, StandardCharsets.UTF_8));
        assertThat(markdown.toString(StandardCharsets.UTF_8))
                .contains("Related stories: story 2 (Second \\<b\\>crack\\</b\\> found)");
        assertThat(second.relatedStories()).containsExactly("1");
        assertThat(hostileBrief().relatedStories()).isEmpty();
    }

    @Test
    void articleTextIsEscapedEverywhereAndNothingRuns() {
        String html = html(hostileBrief());
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script, img, iframe, object, [onerror], b, i")).isEmpty();
        assertThat(doc.text()).contains("<script>alert('x')</script>").contains("Harbour <Times>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void selfContainedWithAMatrixAndATimelineChart() {
        Document doc = Jsoup.parse(html(hostileBrief()));

        assertThat(doc.select("link, [src], [href]")).isEmpty();
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
        assertThat(doc.select("table.matrix tbody tr")).hasSize(2);
        assertThat(doc.select("table.matrix tr.single")).hasSize(1);
        assertThat(doc.select("table.matrix tr.corroborated td.mark > details > summary").eachText())
                .containsExactly("●", "●", "●");
        assertThat(doc.select("table.matrix tr.single td.related").eachText()).containsExactly("○");
        assertThat(doc.select("svg.timeline circle")).hasSize(2);
    }

    @Test
    void aTimelineEventCitesOnlyTheSourcesThatStateItAndOpensTheirSentence() {
        Document doc = Jsoup.parse(html(hostileBrief()));

        var reopening = doc.select("table.timeline tbody tr").get(1);
        assertThat(reopening.select("time").text()).isEqualTo("2026-04");
        // a states the sentence: its citation opens a's sentence; c only gives the date and is no citation
        assertThat(reopening.select("details.cite > summary").eachText()).containsExactly("[1]");
        assertThat(reopening.select("details.cite mark").text()).startsWith("<script>");
        assertThat(reopening.select(".also").text()).isEqualTo("(the same date also in [3])");
    }

    @Test
    void aCitationOpensOnTheSourceSentenceInItsContext() {
        StoryBrief brief = hostileBrief();
        String text = "Intro " + brief.facts().get(1).evidence().get(0).text() + " and the rest.";
        Evidence inC = new Evidence("c", 6, 6 + 13, "Only one says", false);
        StoryBrief withC = new StoryBrief(brief.id(), brief.headline(), brief.articles(),
                List.of(new StoryBrief.Sentence("Only one says so.", List.of("c"), List.of(inC))), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefHtml.write(List.of(withC), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                id -> id.equals("c") ? Optional.of(text) : Optional.empty());
        Document doc = Jsoup.parse(bytes.toString(StandardCharsets.UTF_8));

        assertThat(doc.select("div.summary details.cite summary").eachText()).containsExactly("[3]");
        assertThat(doc.select("div.summary details.cite blockquote").text())
                .contains("Intro Only one says and the rest.");
        assertThat(doc.select("div.summary details.cite mark").text()).isEqualTo("Only one says");
    }

    @Test
    void timexValuesMapToTheirFirstDay() {
        assertThat(BriefHtml.start("2025-01-27")).hasValueSatisfying(d -> assertThat(d).hasToString("2025-01-27"));
        assertThat(BriefHtml.start("2025-02")).hasValueSatisfying(d -> assertThat(d).hasToString("2025-02-01"));
        assertThat(BriefHtml.start("2017/2021")).hasValueSatisfying(d -> assertThat(d).hasToString("2017-01-01"));
        assertThat(BriefHtml.start("2025-W04")).hasValueSatisfying(d -> assertThat(d).hasToString("2025-01-20"));
        assertThat(BriefHtml.start("XXXX-WXX-1")).isEmpty();
    }

    @Test
    void sourcesAndCitedArticlesLinkWhereTheCallerGivesLinksAndOnlyToHttpOriginals() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefHtml.write(List.of(hostileBrief()), new PrintStream(bytes, true, StandardCharsets.UTF_8), id -> Optional.empty(),
                id -> new BriefHtml.StoryLink("/stories/" + id, "story " + id),
                id -> Optional.of(new BriefHtml.ArticleLink("/articles/" + id + "?\"<", Optional.of(id.equals("a")
                        ? "javascript:alert(1)" : "https://example.org/" + id + "?x=1&y=2"))));
        String html = bytes.toString(StandardCharsets.UTF_8);
        String sources = html.substring(html.indexOf("<ol class=\"sources\">"));
        assertThat(sources).contains("<li><a href=\"/articles/a?&quot;&lt;\">Harbour &lt;Times&gt;")
                .contains("href=\"https://example.org/c?x=1&amp;y=2\">original</a>").doesNotContain("javascript");
        assertThat(html).contains("<blockquote>[1] <a href=\"/articles/a?&quot;&lt;\">a</a>");
        // without links, none
        assertThat(html(hostileBrief())).doesNotContain("/articles/", ">original<");
    }
}
