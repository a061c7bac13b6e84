package org.corroborate.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.corroborate.brief.StoryBrief;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BriefHtmlTest {
    static StoryBrief hostileBrief() {
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        return new StoryBrief("1", "Bridge <b>closed</b>", List.of(
                new StoryBrief.Article("a", "Harbour <Times>", Optional.of(evil), Optional.of("2026-03-10"),
                        Optional.empty()),
                new StoryBrief.Article("b", "Coastal Post", Optional.empty(), Optional.empty(), Optional.of("a"))),
                List.of(new StoryBrief.Sentence("The bridge closed. " + evil, List.of("a", "b"))),
                List.of(new StoryBrief.Fact("Corroborated " + evil, List.of("a", "b"), true),
                        new StoryBrief.Fact("Only one says " + evil, List.of("b"), false)),
                List.of(new StoryBrief.Quote(Optional.of("Mayor <i>X</i>"), evil, List.of("a"))),
                List.of(new StoryBrief.Figure(40000, "people", Optional.of(evil), List.of("a"))),
                List.of(new StoryBrief.Conflict(evil, List.of(
                        new StoryBrief.Conflict.Value(40000, "people", evil, List.of("a")),
                        new StoryBrief.Conflict.Value(65000, "people", "vehicles", List.of("b"))))),
                List.of(new StoryBrief.Event("2026-03-09", evil, List.of("a")),
                        new StoryBrief.Event("2026-04", "Reopening", List.of("a", "b"))),
                List.of(new StoryBrief.Entity("Ines <Okafor>", "PERSON", List.of(evil), List.of("a"))));
    }

    static String html(StoryBrief brief) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefHtml.write(List.of(brief), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
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
        assertThat(doc.select("table.matrix tr.corroborated td.mark").eachText()).containsExactly("●", "●");
        assertThat(doc.select("svg.timeline circle")).hasSize(2);
    }

    @Test
    void timexValuesMapToTheirFirstDay() {
        assertThat(BriefHtml.start("2025-01-27")).hasValueSatisfying(d -> assertThat(d).hasToString("2025-01-27"));
        assertThat(BriefHtml.start("2025-02")).hasValueSatisfying(d -> assertThat(d).hasToString("2025-02-01"));
        assertThat(BriefHtml.start("2017/2021")).hasValueSatisfying(d -> assertThat(d).hasToString("2017-01-01"));
        assertThat(BriefHtml.start("2025-W04")).hasValueSatisfying(d -> assertThat(d).hasToString("2025-01-20"));
        assertThat(BriefHtml.start("XXXX-WXX-1")).isEmpty();
    }
}
