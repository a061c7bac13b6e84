package org.corroborate.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.brief.Briefs;
import org.corroborate.brief.StoryBrief;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.present.BriefHtml;
import org.corroborate.present.BriefJson;
import org.corroborate.present.BriefMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate brief}: the cross-checked account of each story in the input. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Writes the cross-checked account of each story in the input.",
                "A summary whose sentences cite every source that reports them, facts with their sources",
                "(corroborated or single-source), quotes with speakers, figures and where sources differ, a",
                "dated timeline, and the people, organisations and places. Inputs as for analyze."},
        footer = {"", "Formats: md (default, for terminals), json (docs/brief-schema.md), html (one self-contained",
                "file with a facts-by-sources matrix and a timeline chart). Exit status 1 when an input was rejected."})
final class BriefCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { md, json, html }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - (standard input).")
    List<String> paths;

    @Option(names = "--one-story", description = "Take all input as one story instead of clustering it.")
    boolean oneStory;

    @Option(names = "--format", defaultValue = "md", description = "Output: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--summary-words", defaultValue = "120", description = "The summary's word budget, filled "
            + "with whole sentences (default: ${DEFAULT-VALUE}).")
    int summaryWords;

    @Option(names = "--evidence", description = "Markdown: print under each statement the sentence of each cited "
            + "source that states it, with its offsets (JSON and HTML always carry it).")
    boolean evidence;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    @OutputFile
    Path outFile;

    @Override
    public Integer call() throws IOException {
        if (summaryWords < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--summary-words must be at least 1");
        }
        ProblemReport problems = new ProblemReport();
        // the embedding model loads while the articles are read and analysed
        BgeSmallEmbedder embedder = new BgeSmallEmbedder();
        Thread warmUp = new Thread(() -> embedder.embed(List.of("warm up")), "embedding-model-load");
        warmUp.setDaemon(true);
        warmUp.start();
        try {
            return write(problems, embedder);
        } finally {
            // the model loads in native code, which a JVM exiting under it crashes in: an input that fails at once
            // (a missing file) must still wait for the load
            try {
                warmUp.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int write(ProblemReport problems, BgeSmallEmbedder embedder) throws IOException {
        List<AnalyzedArticle> articles = new ArticleAnalyzer().analyzeAll(paths, problems);
        List<StoryBrief> briefs = new Briefs(embedder,
                BriefBuilder.Config.DEFAULTS.withSummaryWords(summaryWords)).briefs(articles, oneStory);
        try (OutputStream raw = outFile == null ? new UncloseableOutput(System.out) : Files.newOutputStream(outFile);
             OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
            switch (format) {
                case json:
                    BriefJson.write(briefs, out);
                    break;
                case html:
                    Map<String, String> texts = new HashMap<>();
                    articles.forEach(a -> texts.put(a.id(), a.text()));
                    BriefHtml.write(briefs, new PrintStream(out, false, StandardCharsets.UTF_8),
                            id -> Optional.ofNullable(texts.get(id)));
                    break;
                default:
                    BriefMarkdown.write(briefs, new PrintStream(out, false, StandardCharsets.UTF_8),
                            BriefMarkdown.Options.DEFAULTS.withEvidence(evidence));
            }
        }
        System.err.println("corroborate: " + Plural.count(articles.size(), "article") + ", "
                + Plural.count(briefs.size(), "story") + (outFile == null ? "" : ", written to " + outFile) + "; "
                + Plural.count(problems.rejected(), "input") + " rejected");
        return problems.rejected() > 0 ? Main.INPUT_REJECTED : 0;
    }

    /** Standard output stays open after the brief is written. */
    private static final class UncloseableOutput extends java.io.FilterOutputStream {
        UncloseableOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
