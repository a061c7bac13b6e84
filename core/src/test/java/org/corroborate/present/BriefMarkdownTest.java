package org.corroborate.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BriefMarkdownTest {
    @Test
    void citationsAreNumberedByArticleAndLongListsShortened() {
        List<String> ids = IntStream.rangeClosed(1, 12).mapToObj(i -> "a" + i).toList();

        assertThat(BriefMarkdown.cite(ids, List.of("a3", "a1"))).isEqualTo("[1][3]");
        assertThat(BriefMarkdown.cite(ids, ids)).isEqualTo("[1][2][3][4][5][6] and 6 more");
    }

    @Test
    void singleSourceFactsAreListedUnderTheirOutletWithALegend() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefMarkdown.write(List.of(BriefHtmlTest.hostileBrief()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String markdown = bytes.toString(StandardCharsets.UTF_8);

        assertThat(markdown).contains("## Summary", "[1][2]", "Only in Coastal Post [2]:", "Sources differ on",
                "## Sources", "[2] Coastal Post (b), a copy of a");
    }
}
