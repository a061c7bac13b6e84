package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.clean.BoilerplateKind;
import org.corroborate.testing.Collected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private Collected read(String... paths) {
        Collected collected = new Collected();
        new ArticleReader().read(List.of(paths), collected);
        return collected;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void plainTextWithBomAndCrlfReadsAsLfWithoutBom() throws IOException {
        Path file = dir.resolve("a.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "First paragraph here.\r\nSecond paragraph here.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(file, all);

        Article article = read(file.toString()).articles.get(0);

        assertThat(article.body()).isEqualTo("First paragraph here.\nSecond paragraph here.");
        assertThat(article.id()).isEqualTo("a.txt");
        assertThat(article.format()).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void leadingShortDateFormIsPublicationDateAndTheRestOfTheLineStays() throws IOException {
        Path file = write("d.txt", " date 2025-01-28 Some appeal text here. More.\n\nThe news.\n");

        Article article = read(file.toString()).articles.get(0);

        assertThat(article.published()).contains(Published.parse("2025-01-28").orElseThrow());
        assertThat(article.body()).startsWith("Some appeal text here.");
        assertThat(article.removedAtIngest()).extracting(b -> b.kind()).containsExactly(BoilerplateKind.METADATA);
    }

    @Test
    void headerLinesGiveTitleSourceDateAndUrl() throws IOException {
        Path file = write("h.txt", "Title: A bridge closes\nSource: Harbour Times\nDate: 2026-03-10\n"
                + "URL: https://example.org/x\n\nThe bridge closed on Monday.\n");

        Article article = read(file.toString()).articles.get(0);

        assertThat(article.title()).contains("A bridge closes");
        assertThat(article.source()).contains(new Source("Harbour Times", Source.Basis.METADATA));
        assertThat(article.published().orElseThrow().date()).hasToString("2026-03-10");
        assertThat(article.url()).contains("https://example.org/x");
        assertThat(article.body()).isEqualTo("The bridge closed on Monday.");
    }

    @Test
    void aFirstLineThatEndsWithAQuoteIsTheBodysFirstLineNotATitle() throws IOException {
        Path headline = write("t.txt", "Ferry Crews Return To Work\n\nThe crews went back on Monday.\n");
        Path quoted = write("q.txt", "A lesson from Ines Okafor: 'Keep the ferry running.'\n\nOkafor spoke on Monday.\n");

        assertThat(read(headline.toString()).articles.get(0).title()).contains("Ferry Crews Return To Work");
        Article article = read(quoted.toString()).articles.get(0);
        assertThat(article.title()).isEmpty();
        assertThat(article.body()).startsWith("A lesson from Ines Okafor: 'Keep the ferry running.'");
    }

    @Test
    void directoryIsReadRecursivelyInPathOrderWithRelativeIds() throws IOException {
        write("b/2.txt", "Two is here and it is news.");
        write("a.txt", "A is here and it is news.");
        write("b/1.txt", "One is here and it is news.");
        write(".hidden.txt", "Hidden file.");

        Collected collected = read(dir.toString());

        assertThat(collected.articles).extracting(Article::id).containsExactly("a.txt", "b/1.txt", "b/2.txt");
    }

    @Test
    void aFoldersReadmeIsSkippedWithAWarningButReadWhenNamed() throws IOException {
        write("story.txt", "The ferry resumed service on Tuesday.");
        Path readme = write("README.md", "# My clippings\n\nNotes on where these articles came from.");
        write("notes/LICENSE.txt", "Licensed for research use.");
        write("brief.md", "# Ferry resumes\n\n## Summary\nThe ferry resumed service on Tuesday. [1]");

        Collected collected = read(dir.toString());

        assertThat(collected.articles).extracting(Article::id).containsExactly("story.txt");
        assertThat(collected.problems).hasSize(3).allSatisfy(p -> {
            assertThat(p.message()).startsWith("skipped: ");
            assertThat(p.severity()).isEqualTo(InputProblem.Severity.WARNING);
        });
        assertThat(collected.problems).filteredOn(p -> p.origin().file().endsWith("brief.md")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Markdown"));
        // named on the command line, a .md file is read as text
        assertThat(read(readme.toString()).articles).hasSize(1);
    }

    @Test
    void idsGivenInTheInputAreKeptExactly() throws IOException {
        Path file = write("x.jsonl", "{\"id\": \" Weird/ID 42 \", \"text\": \"Body text here.\"}\n"
                + "{\"text\": \"No id here.\"}\n");

        Collected collected = read(file.toString());

        assertThat(collected.articles).extracting(Article::id).containsExactly(" Weird/ID 42 ", "x.jsonl:2");
    }

    @Test
    void missingPathIsReportedAndOtherInputsStillRead() throws IOException {
        Path good = write("good.txt", "A good article about the bridge.");

        Collected collected = read(dir.resolve("nope.txt").toString(), good.toString());

        assertThat(collected.errors()).singleElement().satisfies(p -> {
            assertThat(p.origin().file()).endsWith("nope.txt");
            assertThat(p.message()).contains("no such file");
        });
        assertThat(collected.articles).hasSize(1);
    }

    @Test
    void formatIsSniffedFromContentWhenTheNameSaysNothing() {
        assertThat(ArticleReader.sniff("{\"id\":1}".getBytes())).isEqualTo(InputFormat.JSONL);
        assertThat(ArticleReader.sniff("<?xml version=\"1.0\"?><rss>".getBytes())).isEqualTo(InputFormat.RSS);
        assertThat(ArticleReader.sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes()))
                .isEqualTo(InputFormat.ATOM);
        assertThat(ArticleReader.sniff("<!DOCTYPE html><html>".getBytes())).isEqualTo(InputFormat.HTML);
        assertThat(ArticleReader.sniff("Plain words.".getBytes())).isEqualTo(InputFormat.TEXT);
    }
}
