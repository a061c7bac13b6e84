package org.corroborate.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.analyze.AnalysisConfig;
import org.corroborate.analyze.AnalysisListener;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.ingest.InputProblem;
import org.corroborate.json.AnalysisJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate analyze}: reads, cleans, splits and de-duplicates articles and prints what it found. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads articles, removes boilerplate, splits sentences and tokens, finds duplicates.",
                "Inputs: .txt, .html, .jsonl, .csv, .rss/.atom/.xml feeds, directories (recursive), - for standard input."},
        footer = {"", "Problems with inputs go to standard error as FILE[:LINE]: error|warning: MESSAGE;",
                "every other input is still read. Exit status 1 when any input was rejected.",
                "JSON schema: docs/analyze-schema.md"})
final class AnalyzeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { json, jsonl, text }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - (standard input).")
    List<String> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--show-removed", description = "In text output, list every removed boilerplate block.")
    boolean showRemoved;

    @Option(names = "--max-article-mb", defaultValue = "8", paramLabel = "MB",
            description = "Largest single article (file or JSON line) read (default: ${DEFAULT-VALUE}).")
    double maxArticleMb;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: only when it is a terminal and the "
                    + "output is not).")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        if (maxArticleMb <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-article-mb must be positive");
        }
        AnalysisConfig config = AnalysisConfig.DEFAULTS.withReader(
                AnalysisConfig.DEFAULTS.reader().withMaxArticleBytes((long) (maxArticleMb * 1_000_000)));
        if (threads != null) {
            config = config.withThreads(Math.max(1, threads));
        }
        PrintStream err = System.err;
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        Counts counts = new Counts();
        try (Progress bar = Progress.start(progress != null ? progress : Terminals.wantProgress(), "analyze");
             Output output = output(out)) {
            new ArticleAnalyzer(config).analyzePaths(paths, new AnalysisListener() {
                @Override
                public void article(AnalyzedArticle article) {
                    counts.articles++;
                    if (article.duplicateOf().isPresent()) {
                        counts.duplicates++;
                    }
                    output.article(article);
                    bar.step();
                }

                @Override
                public void problem(InputProblem problem) {
                    if (problem.rejected()) {
                        counts.rejected++;
                    } else {
                        counts.warnings++;
                    }
                    err.println("corroborate: " + problem);
                    output.problem(problem);
                }
            });
        }
        out.flush();
        err.println("corroborate: " + Plural.count(counts.articles, "article") + " ("
                + Plural.count(counts.duplicates, "duplicate") + "); " + Plural.count(counts.rejected, "input")
                + " rejected, " + Plural.count(counts.warnings, "warning"));
        return counts.rejected > 0 ? Main.INPUT_REJECTED : 0;
    }

    private static final class Counts {
        int articles;
        int duplicates;
        int rejected;
        int warnings;
    }

    private interface Output extends AutoCloseable {
        void article(AnalyzedArticle article);

        void problem(InputProblem problem);

        @Override
        void close() throws IOException;
    }

    private Output output(OutputStream out) throws IOException {
        if (format == Format.text) {
            TextReport report = new TextReport(new PrintStream(out, false, StandardCharsets.UTF_8), showRemoved);
            return new Output() {
                @Override
                public void article(AnalyzedArticle article) {
                    report.article(article);
                }

                @Override
                public void problem(InputProblem problem) {
                    // already on standard error
                }

                @Override
                public void close() {
                    report.flush();
                }
            };
        }
        AnalysisJsonWriter writer = format == Format.json ? AnalysisJsonWriter.document(out)
                : AnalysisJsonWriter.jsonLines(out);
        return new Output() {
            @Override
            public void article(AnalyzedArticle article) {
                try {
                    writer.article(article);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void problem(InputProblem problem) {
                writer.problem(problem);
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }
}
