package org.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.ingest.InputProblem;
import org.corroborate.json.AnalysisJsonWriter;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The analysis of the project's examples, byte for byte, against a stored copy: a change meant only to make analysis
 * faster must leave it identical. A change meant to alter what analysis finds updates the copy on purpose: run
 * {@code ./corroborate analyze examples --format jsonl > app/src/test/resources/golden/examples.analysis.jsonl}
 * from the repository root and read the diff before committing it.
 */
class AnalysisGoldenTest {
    @Test
    void examplesAnalyseExactlyAsStored() throws IOException {
        Path root = SharedData.repositoryRoot();
        Path examples = root.resolve("examples");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AnalysisJsonWriter writer = AnalysisJsonWriter.jsonLines(out)) {
            new ArticleAnalyzer().analyzePaths(List.of(examples.toString()), new AnalysisListener() {
                @Override
                public void article(AnalyzedArticle article) {
                    try {
                        writer.article(article);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public void problem(InputProblem problem) {
                    throw new AssertionError(problem.toString());
                }
            });
        }
        // the command in the class comment names the folder "examples" from the repository root
        String actual = out.toString(StandardCharsets.UTF_8).replace("\"" + examples + "/", "\"examples/");
        String stored = Files.readString(root.resolve("app/src/test/resources/golden/examples.analysis.jsonl"));
        if (!actual.equals(stored)) {
            Path written = Files.createDirectories(Path.of("target", "golden")).resolve("examples.analysis.jsonl");
            Files.writeString(written, actual);
            assertThat(actual).as("analysis of examples/ differs from the stored copy; this run's output is in "
                    + written.toAbsolutePath() + " (see the class comment)").isEqualTo(stored);
        }
    }
}
