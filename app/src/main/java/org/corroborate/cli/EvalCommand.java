package org.corroborate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.eval.ClusterScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval}: scores against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores output against gold annotations.",
        subcommands = {EvalCommand.Clusters.class, EvalCommand.RougeScores.class, EvalStatementsCommand.class,
                EvalTimesCommand.class, EvalQuotesCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code eval clusters}: pairwise and BCubed precision, recall and F1 of a clustering. */
    @Command(name = "clusters", mixinStandardHelpOptions = true,
            description = {"Pairwise (over all pairs of articles) and BCubed (per article, averaged) precision,",
                    "recall and F1 of a clustering against gold stories. Files are TSV (id<TAB>story, as",
                    "`corroborate cluster` writes them) or CSV with a header naming the id and story columns."},
            footer = {"", "Only articles in both files are scored; how many are in one file only is reported."})
    static final class Clusters implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold stories.")
        Path gold;

        @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted stories.")
        Path pred;

        @Option(names = "--id-column", defaultValue = "id", description = "CSV column of the article id "
                + "(any case; default: ${DEFAULT-VALUE}).")
        String idColumn;

        @Option(names = "--story-column", defaultValue = "story", description = "CSV column of the story "
                + "(any case; default: ${DEFAULT-VALUE}).")
        String storyColumn;

        @Override
        public Integer call() throws IOException {
            Map<String, String> goldStories;
            Map<String, String> predicted;
            try {
                goldStories = read(gold);
                predicted = read(pred);
            } catch (GoldStories.BadFile e) {
                System.err.println("corroborate: " + e.getMessage());
                return Main.INPUT_REJECTED;
            }
            ClusterScores s = ClusterScores.score(goldStories, predicted);
            long onlyGold = goldStories.keySet().stream().filter(k -> !predicted.containsKey(k)).count();
            long onlyPredicted = predicted.keySet().stream().filter(k -> !goldStories.containsKey(k)).count();
            System.out.printf(Locale.ROOT, "articles  %d scored (%d only in gold, %d only in predicted)%n",
                    s.articles(), onlyGold, onlyPredicted);
            System.out.printf(Locale.ROOT, "pairwise  P %.4f  R %.4f  F1 %.4f%n", s.pairwisePrecision(),
                    s.pairwiseRecall(), s.pairwiseF1());
            System.out.printf(Locale.ROOT, "BCubed    P %.4f  R %.4f  F1 %.4f%n", s.bcubedPrecision(),
                    s.bcubedRecall(), s.bcubedF1());
            return 0;
        }

        private Map<String, String> read(Path file) throws IOException, GoldStories.BadFile {
            return GoldStories.read(file, idColumn, storyColumn);
        }
    }

    /** {@code eval rouge}: ROUGE-N and ROUGE-L of a summary against reference summaries. */
    @Command(name = "rouge", mixinStandardHelpOptions = true,
            description = {"ROUGE-1..N and ROUGE-L recall, precision and F of a peer summary against model",
                    "(reference) summaries, with the rules of ROUGE-1.5.5. Summaries are plain UTF-8 text, one",
                    "sentence per line (ROUGE-L takes the union LCS per reference sentence)."})
    static final class RougeScores implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--peer", required = true, paramLabel = "FILE", description = "The summary to score.")
        Path peer;

        @Option(names = "--models", required = true, arity = "1..*", paramLabel = "FILE",
                description = "Reference summaries.")
        java.util.List<Path> models;

        @Option(names = "-n", defaultValue = "2", description = "Highest n-gram order (default: ${DEFAULT-VALUE}).")
        int maxN;

        @Option(names = "-m", description = "Porter-stem tokens longer than 3 characters.")
        boolean stem;

        @Option(names = "-s", description = "Remove stopwords (needs --stopwords).")
        boolean removeStopwords;

        @Option(names = "--stopwords", paramLabel = "FILE",
                description = "Stopword list, one a line (ROUGE-1.5.5: data/smart_common_words.txt).")
        Path stopwordFile;

        @Option(names = "-l", defaultValue = "0", description = "Keep only the first N words (0: all).")
        int wordLimit;

        @Option(names = "--alpha", defaultValue = "0.5", description = "F weight (default: ${DEFAULT-VALUE}).")
        double alpha;

        @Override
        public Integer call() throws IOException {
            if (removeStopwords && stopwordFile == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "-s needs --stopwords FILE (ROUGE-1.5.5 ships its list as data/smart_common_words.txt)");
            }
            java.util.Set<String> stopwords = new java.util.HashSet<>();
            if (removeStopwords) {
                for (String line : Files.readAllLines(stopwordFile, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        stopwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            java.util.List<String> references = new java.util.ArrayList<>();
            String summary;
            try {
                summary = Files.readString(peer, StandardCharsets.UTF_8);
                for (Path model : models) {
                    references.add(Files.readString(model, StandardCharsets.UTF_8));
                }
            } catch (NoSuchFileException e) {
                System.err.println("corroborate: " + e.getFile() + ": error: no such file");
                return Main.INPUT_REJECTED;
            }
            org.corroborate.eval.Rouge rouge = new org.corroborate.eval.Rouge(stem, stopwords, wordLimit, alpha);
            for (int n = 1; n <= maxN; n++) {
                print("ROUGE-" + n, rouge.rougeN(n, summary, references));
            }
            print("ROUGE-L", rouge.rougeL(summary, references));
            return 0;
        }

        private static void print(String name, org.corroborate.eval.Rouge.Score score) {
            System.out.printf(Locale.ROOT, "%-8s R %.5f  P %.5f  F %.5f%n", name, score.recall(), score.precision(),
                    score.f());
        }
    }
}
