package org.corroborate.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.corroborate.brief.Evidence;
import org.corroborate.brief.StoryBrief;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BriefMarkdownTest {
    @Test
    void articleTextCannotBringHtmlOrLinksIntoARenderedBrief() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoryBrief hostile = BriefHtmlTest.hostileBrief();
        BriefMarkdown.write(List.of(hostile), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                BriefMarkdown.Options.DEFAULTS.withEvidence(true));
        String md = bytes.toString(StandardCharsets.UTF_8);

        // every "<" of the articles is escaped (a viewer shows it and builds no tag); the evidence quotes stay
        assertThat(md).doesNotContainPattern("(?<!\\\\)<").contains("\\<script\\>").contains("    > [1]");
        assertThat(BriefMarkdown.md("see [here](javascript:alert(1))")).isEqualTo("see \\[here\\](javascript:alert(1))");
        // a backslash of the article cannot undo the escape that follows it
        assertThat(BriefMarkdown.md("x \\<img src=x onerror=alert(1)//>")).isEqualTo("x \\\\\\<img src=x onerror=alert(1)//\\>");
    }

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
        Evidence thirty = new Evidence("a", 0, 33, "The crack is 30 centimetres long.", false);
        Evidence found = new Evidence("a", 34, 58, "Engineers found a crack.", false);
        Evidence forty = new Evidence("c", 0, 33, "The crack is 40 centimetres long.", false);
        List<StoryBrief.Article> articles = List.of(
                new StoryBrief.Article("a", "Harbour Times", Optional.empty(), Optional.empty(), Optional.empty()),
                new StoryBrief.Article("c", "Bay Radio", Optional.empty(), Optional.empty(), Optional.empty()));
        StoryBrief.Conflict crack = new StoryBrief.Conflict("crack", List.of(
                new StoryBrief.Conflict.Value(30, "cm", "crack", List.of("a"), List.of(thirty)),
                new StoryBrief.Conflict.Value(40, "cm", "crack", List.of("c"), List.of(forty))));
        StoryBrief brief = new StoryBrief("1", "Crack", articles, List.of(
                // shown from c, which gives 40 cm: it says the sources differ
                new StoryBrief.Sentence(forty.text(), List.of("c"), List.of(forty)),
                // shown from a, where no figure is; c states it in a sentence that gives 40 cm: nothing to say
                new StoryBrief.Sentence(found.text(), List.of("a", "c"), List.of(found, forty))),
                List.of(), List.of(), List.of(), List.of(crack), List.of(), List.of());
        assertThat(brief.conflictsIn(forty.text(), List.of(forty))).containsExactly(crack);
        assertThat(brief.conflictsIn(found.text(), List.of(found, forty))).isEmpty();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        BriefMarkdown.write(List.of(brief), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String markdown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(markdown).contains("The crack is 40 centimetres long. [2] (sources differ: 30 cm [1]; 40 cm [2])")
                .contains("Engineers found a crack. [1][2]\n");
        assertThat(BriefHtmlTest.html(brief)).containsOnlyOnce("<span class=\"disputed\">(sources differ: 30 cm [1]; "
                + "40 cm [2])</span>");
    }
}
