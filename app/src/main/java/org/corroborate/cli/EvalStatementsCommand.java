package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.brief.StatementPairs;
import org.corroborate.embed.BgeSmallEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate eval statements}: precision and recall of the brief's "states" decision on labelled pairs. */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Scores the brief's claim check against labelled statement/source pairs: for each claim",
                "(a sentence of one article, by offsets into its cleaned text) and source article, a person's",
                "label states, related or unrelated. A source states the claim when the brief would cite it.",
                "Prints precision and recall of \"states\", per set and in all, and the confusion matrix."},
        footer = {"", "Pairs: TSV with a header: set, claim_article, claim_start, claim_end, source_article, label",
                "(further columns ignored). PATH: the articles, read as by analyze. Example:",
                "  corroborate eval statements \\",
                "    --pairs core/src/test/resources/statements/pairs.tsv examples \\",
                "    ../shared/data/multiling2011-en/sources ../shared/data/ecbplus-dev.jsonl"})
final class EvalStatementsCommand implements Callable<Integer> {
    @Option(names = "--pairs", required = true, paramLabel = "FILE", description = "Labelled pairs (TSV).")
    Path pairsFile;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories holding the articles.")
    List<String> paths;

    @Option(names = "--errors", description = "List the pairs decided wrongly.")
    boolean errors;

    @Option(names = "--features", paramLabel = "FILE", description = "Write the claim check's features of every "
            + "pair and source sentence as TSV (for learning its weights).")
    @OutputFile
    Path featuresFile;

    @Override
    public Integer call() throws IOException {
        List<StatementPairs.Pair> pairs;
        try {
            pairs = StatementPairs.read(pairsFile);
        } catch (NoSuchFileException e) {
            System.err.println("corroborate: " + pairsFile + ": error: no such file");
            return Main.INPUT_REJECTED;
        } catch (IllegalArgumentException e) {
            System.err.println("corroborate: " + e.getMessage());
            return Main.INPUT_REJECTED;
        }
        ProblemReport problems = new ProblemReport();
        List<AnalyzedArticle> articles = new ArticleAnalyzer().analyzeAll(paths, problems);
        StatementPairs.Scores scores = StatementPairs.score(pairs, articles, new BgeSmallEmbedder(),
                BriefBuilder.Config.DEFAULTS);
        scores.skipped().forEach(s -> System.err.println("corroborate: " + pairsFile + ": warning: " + s));
        for (String set : scores.decisions().stream().map(d -> d.pair().set()).distinct().sorted().toList()) {
            print(set, new StatementPairs.Scores(scores.decisions().stream().filter(d -> d.pair().set().equals(set))
                    .toList(), List.of()));
        }
        print("all", scores);
        System.out.println("confusion (gold rows, predicted columns: states related unrelated)");
        for (String gold : List.of("states", "related", "unrelated")) {
            System.out.printf(Locale.ROOT, "  %-9s %5d %7d %9d%n", gold, scores.count(gold, "states"),
                    scores.count(gold, "related"), scores.count(gold, "unrelated"));
        }
        if (featuresFile != null) {
            try (java.io.PrintWriter out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(featuresFile))) {
                out.println("line\tset\tlabel\t" + String.join("\t", StatementPairs.featureNames())
                        + "\tstart\tend");
                for (StatementPairs.Decision d : scores.decisions()) {
                    for (double[] row : d.features()) {
                        StringBuilder line = new StringBuilder(d.pair().line() + "\t" + d.pair().set() + "\t"
                                + d.pair().label());
                        for (double v : row) {
                            line.append('\t').append(v);
                        }
                        out.println(line);
                    }
                }
            }
        }
        if (errors) {
            for (StatementPairs.Decision d : scores.decisions()) {
                boolean goldStates = d.pair().label().equals("states");
                if (goldStates != d.predicted().equals("states")) {
                    System.out.printf(Locale.ROOT, "line %d: gold %s, predicted %s (best cosine %.3f): the claim, the most alike source sentence%n",
                            d.pair().line(), d.pair().label(), d.predicted(), d.bestCosine());
                    System.out.println("    " + d.detail());
                }
            }
        }
        return problems.rejected() > 0 || !scores.skipped().isEmpty() ? Main.INPUT_REJECTED : 0;
    }

    private static void print(String set, StatementPairs.Scores s) {
        double p = s.precision();
        double r = s.recall();
        System.out.printf(Locale.ROOT, "%-10s pairs %4d  states P %.3f  R %.3f  F1 %.3f%n", set, s.decisions().size(),
                p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
