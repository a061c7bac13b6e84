package org.corroborate.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.corroborate.brief.StoryBrief;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BriefMarkdownTest {
    @Test
    void citationsAreNumberedByArticleAndLongListsShortened() {
        List<String> ids = IntStream.rangeClosed(1, 12).mapToObj(i -> "a" + i).toList();
        List<StoryBrief.Article> articles = ids.stream().map(id -> new StoryBrief.Article(id, "S", Optional.empty(),
                Optional.empty(), id.equals("a4") ? Optional.of("a2") : Optional.<String>empty())).toList();
        BriefMarkdown.Citations cite = new BriefMarkdown.Citations(new StoryBrief("1", "h", articles, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

        assertThat(cite.of(List.of("a3", "a1"))).isEqualTo("[1][3]");
        assertThat(cite.of(List.of("a4", "a2", "a1"))).isEqualTo("[1]; [2] with its copy [4]");
        assertThat(cite.of(List.of("a1", "a2", "a3", "a5", "a6", "a7", "a8", "a9", "a10")))
                .isEqualTo("[1][2][3][5][6][7] and 3 more");
    }

    @Test
    void singleSourceFactsAreListedUnderTheirOutletWithALegend() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefMarkdown.write(List.of(BriefHtmlTest.hostileBrief()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String markdown = bytes.toString(StandardCharsets.UTF_8);

        assertThat(markdown).contains("## Summary", "[1][3]", "[1] with its copy [2]; [3]", "Only in Bay Radio [3]:",
                "Sources differ on", "## Sources", "[2] Coastal Post (b), a copy of a");
        assertThat(markdown).doesNotContain("Only in Coastal Post").doesNotContain("    > ");
    }

    @Test
    void evidenceIsPrintedUnderEachStatementOnRequest() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefMarkdown.write(List.of(BriefHtmlTest.hostileBrief()), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                BriefMarkdown.Options.DEFAULTS.withEvidence(true));
        String markdown = bytes.toString(StandardCharsets.UTF_8);

        assertThat(markdown).contains("    > [3] 0-13: Only one says", "    > related, not stating it: [1]");
    }

    @Test
    void aSentenceGivingOneSideOfAConflictOfFiguresSaysSourcesDiffer() {
        StoryBrief brief = BriefHtmlTest.hostileBrief();
        // the summary's evidence is in a and c, where the two values of the conflict were read
        assertThat(brief.conflictsIn(brief.summary().get(0).evidence())).hasSize(1);
        assertThat(brief.conflictsIn(List.of(new org.corroborate.brief.Evidence("c", 200, 209, "elsewhere",
                false)))).as("another sentence of c").isEmpty();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        BriefMarkdown.write(List.of(brief), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String summary = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("The bridge closed"))
                .findFirst().orElseThrow();
        assertThat(summary).endsWith("(sources differ: 40,000 people [1]; 65,000 people [3])");
        assertThat(BriefHtmlTest.html(brief)).contains("<span class=\"disputed\">(sources differ: 40,000 people [1]; "
                + "65,000 people [3])</span>");
    }
}
