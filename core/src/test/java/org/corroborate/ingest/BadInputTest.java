package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.testing.Collected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one clear problem naming the file (and line), and the good input is still read. */
class BadInputTest {
    @TempDir
    Path dir;
    private Path good;

    @BeforeEach
    void goodFile() throws IOException {
        good = dir.resolve("good.txt");
        Files.writeString(good, "The bridge closed on Monday after a crack was found.");
    }

    private Collected readWithGood(Path bad) {
        Collected collected = new Collected();
        new ArticleReader().read(List.of(bad.toString(), good.toString()), collected);
        assertThat(collected.articles).extracting(Article::id).contains("good.txt");
        return collected;
    }

    private static InputProblem onlyError(Collected collected) {
        assertThat(collected.errors()).hasSize(1);
        return collected.errors().get(0);
    }

    @Test
    void emptyFile() throws IOException {
        Path bad = Files.createFile(dir.resolve("empty.txt"));
        InputProblem problem = onlyError(readWithGood(bad));
        assertThat(problem.origin().file()).isEqualTo(bad.toString());
        assertThat(problem.message()).contains("empty file");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        assertThat(onlyError(readWithGood(bad)).message()).contains("empty file");
    }

    @Test
    void aTextFileOfHeaderLinesOnlyIsWarnedAboutNamingItsLastHeaderLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("headers.txt"), "Title: Bridge closes\nSource: Wire\n\n");
        Collected collected = readWithGood(bad);
        assertThat(collected.errors()).isEmpty();
        assertThat(collected.problems).extracting(InputProblem::toString).containsExactly(bad + ":2: warning: only "
                + "header lines, no article text after them: read as a headline only");
    }

    @Test
    void binaryFile() throws IOException {
        Path bad = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        InputProblem problem = onlyError(readWithGood(bad));
        assertThat(problem.origin().file()).isEqualTo(bad.toString());
        assertThat(problem.message()).contains("binary file");
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] latin1 = "Line one is fine.\nLine two has caf\u00e9 in Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path bad = Files.write(dir.resolve("latin1.txt"), latin1);
        InputProblem problem = onlyError(readWithGood(bad));
        assertThat(problem.origin()).isEqualTo(new Origin(bad.toString(), 2));
        assertThat(problem.message()).contains("invalid UTF-8");
    }

    @Test
    void fiftyMegabyteFileIsRejectedWithoutReadingIt() throws IOException {
        Path bad = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(bad.toFile(), "rw")) {
            file.setLength(50L * 1000 * 1000); // sparse: costs no disk
        }
        InputProblem problem = onlyError(readWithGood(bad));
        assertThat(problem.origin().file()).isEqualTo(bad.toString());
        assertThat(problem.message()).contains("50.0 MB").contains("limit");
    }

    @Test
    void malformedJsonLineInTheMiddleOfAGoodFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("mixed.jsonl"),
                "{\"id\": \"one\", \"text\": \"First article text.\"}\n"
                        + "{\"id\": \"two\", \"text\": \"unterminated\n"
                        + "{\"id\": \"three\", \"text\": \"Third article text.\"}\n");
        Collected collected = readWithGood(bad);
        InputProblem problem = onlyError(collected);
        assertThat(problem.origin()).isEqualTo(new Origin(bad.toString(), 2));
        assertThat(problem.message()).contains("malformed JSON");
        assertThat(collected.articles).extracting(Article::id).containsExactly("one", "three", "good.txt");
    }

    @Test
    void aFieldOfTheWrongTypeRejectsItsLineNamingTheField() throws IOException {
        Path bad = Files.writeString(dir.resolve("types.jsonl"),
                "{\"text\": 5, \"source\": \"Wire\"}\n"
                        + "{\"text\": \"Second article text.\", \"source\": [\"a\"]}\n"
                        + "{\"id\": 42, \"text\": \"A number is an id.\"}\n"
                        + "{\"id\": true, \"text\": \"A flag is none.\"}\n");
        Collected collected = readWithGood(bad);
        assertThat(collected.errors()).extracting(InputProblem::toString).containsExactly(
                bad + ":1: error: 'text' must be a string, not a number (5); line skipped",
                bad + ":2: error: 'source' must be a string, not a list; line skipped",
                bad + ":4: error: 'id' must be a string or a number, not true or false; line skipped");
        assertThat(collected.articles).extracting(Article::id).containsExactly("42", "good.txt");
    }

    @Test
    void malformedJsonIsSaidInWordsWithTheColumnAndNoParserInternals() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.jsonl"), "{\n{\"text\": \"ok\" \"title\": 1}\n"
                + "{\"text\": nope}\n[\"a\",\n");
        Collected collected = readWithGood(bad);
        assertThat(collected.errors()).hasSize(4);
        assertThat(collected.errors()).allSatisfy(problem -> assertThat(problem.message())
                .startsWith("malformed JSON: ").contains(" at column ").doesNotContain("Source", "REDACTED",
                        "StreamReadFeature", "marker", "\n"));
        assertThat(collected.errors().get(0).toString()).isEqualTo(bad + ":1: error: malformed JSON: unexpected "
                + "end of input: no closing bracket for Object at column 2; line skipped");
    }

    @Test
    void aLineThatGoesOnAfterItsObjectIsRejectedNotHalfRead() throws IOException {
        Path bad = Files.writeString(dir.resolve("trailing.jsonl"),
                "{\"id\": \"a\", \"text\": \"Kept text.\"} and more\n"
                        + "{\"id\": \"b\", \"text\": \"First.\"}{\"id\": \"c\", \"text\": \"Second.\"}\n"
                        + "{\"id\": \"d\", \"text\": \"Whole line.\"}   \n");
        Collected collected = readWithGood(bad);
        assertThat(collected.errors()).extracting(InputProblem::toString).hasSize(2);
        assertThat(collected.errors().get(0).toString()).isEqualTo(bad + ":1: error: malformed JSON: more after the "
                + "JSON value (one article a line) at column 35; line skipped");
        assertThat(collected.errors().get(1).toString()).isEqualTo(bad + ":2: error: malformed JSON: more after the "
                + "JSON value (one article a line) at column 30; line skipped");
        assertThat(collected.articles).extracting(Article::id).containsExactly("d", "good.txt");
    }

    @Test
    void jsonLineWithoutAnyTextIsRejectedByLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("notext.jsonl"), "{\"id\": \"a\", \"url\": \"https://x.org\"}\n");
        InputProblem problem = onlyError(readWithGood(bad));
        assertThat(problem.origin()).isEqualTo(new Origin(bad.toString(), 1));
        assertThat(problem.message()).contains("no title, text or html");
    }

    @Test
    void malformedFeedNamesTheLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.rss"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n"
                + "<channel><title>T</title>\n<item><title>Unclosed</item>\n</channel></rss>\n");
        InputProblem problem = onlyError(readWithGood(bad));
        assertThat(problem.origin().file()).isEqualTo(bad.toString());
        assertThat(problem.origin().line()).isEqualTo(4);
        assertThat(problem.message()).contains("malformed feed");
    }

    @Test
    void missingPath() {
        Path bad = dir.resolve("missing.txt");
        InputProblem problem = onlyError(readWithGood(bad));
        assertThat(problem.origin().file()).isEqualTo(bad.toString());
        assertThat(problem.message()).contains("no such file");
    }
}
