package org.corroborate.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.cluster.PairFeatures;
import org.corroborate.cluster.StoryTraining;
import org.corroborate.embed.BgeSmallEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate train}: learns models from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Learns models from labelled data.",
        subcommands = {TrainCommand.Cluster.class})
final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String f1(double value) {
        return Double.isNaN(value) ? "none" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** {@code train cluster}: a story model from articles labelled with their stories. */
    @Command(name = "cluster", mixinStandardHelpOptions = true,
            description = {"Learns the \"same story\" model of archive clustering (cluster --archive, brief) from",
                    "articles labelled with their stories: a logistic regression over pair features (title, lead",
                    "and body TF-IDF, embeddings, shared people, places, organisations, days and figures), then",
                    "the merge threshold with the best BCubed F1 on the training articles."},
            footer = {"", "Only articles that --gold labels are used. Use the model with cluster --archive --model",
                    "FILE. Validate on other stories than those trained on (docs/clustering.md)."})
    static final class Cluster implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--gold", required = true, paramLabel = "FILE",
                description = "Stories: TSV id<TAB>story, or CSV with id and story columns.")
        Path gold;

        @Option(names = "--out", defaultValue = "story-model.tsv", paramLabel = "FILE",
                description = "Where to write the model (default: ${DEFAULT-VALUE}).")
        @OutputFile
        Path out;

        @Option(names = "--id-column", defaultValue = "id", description = "CSV column of the article id.")
        String idColumn;

        @Option(names = "--story-column", defaultValue = "story", description = "CSV column of the story.")
        String storyColumn;

        @Option(names = "--without", split = ",", paramLabel = "FEATURE", description = "Train without these "
                + "features (their weights stay 0), to measure what each contributes.")
        List<String> without = List.of();

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "The articles, read as by analyze.")
        List<String> paths;

        @Override
        public Integer call() throws IOException {
            Map<String, String> stories;
            try {
                stories = GoldStories.read(gold, idColumn, storyColumn);
            } catch (GoldStories.BadFile e) {
                System.err.println("corroborate: " + e.getMessage());
                return Main.INPUT_REJECTED;
            }
            ProblemReport problems = new ProblemReport();
            List<Profiles.Read> read = Profiles.read(paths, new BgeSmallEmbedder(), problems);
            List<Profiles.Read> labelled = read.stream().filter(r -> stories.containsKey(r.profile().id())).toList();
            long storiesWithPairs = labelled.stream().collect(java.util.stream.Collectors.groupingBy(
                    r -> stories.get(r.profile().id()), java.util.stream.Collectors.counting())).values().stream()
                    .filter(count -> count >= 2).count();
            if (storiesWithPairs == 0 && labelled.size() >= 2) {
                System.err.println("corroborate: " + gold + ": error: need a story with at least two articles in the "
                        + "input (every labelled story here has one)");
                return Main.INPUT_REJECTED;
            }
            if (labelled.size() < 2 || labelled.stream().map(r -> stories.get(r.profile().id())).distinct()
                    .count() < 2) {
                System.err.println("corroborate: " + gold + ": error: need labelled articles of at least two stories "
                        + "in the input (" + labelled.size() + " of " + read.size() + " articles labelled)");
                return Main.INPUT_REJECTED;
            }
            StoryTraining.Result result;
            try {
                result = StoryTraining.train(PairFeatures.over(labelled.stream().map(Profiles.Read::profile)
                        .toList()), stories, List.of("trained on " + labelled.size() + " articles of "
                        + String.join(" ", paths) + " labelled by " + gold + (without.isEmpty() ? ""
                        : "; without " + String.join(",", without))), java.util.Set.copyOf(without));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                result.model().write(writer);
            }
            System.out.printf(Locale.ROOT, "trained on %d articles (%d not labelled, left out): %d positive and %d "
                    + "negative pairs; thresholds %.2f (articles) and %.2f (headlines); training BCubed F1 %s "
                    + "(articles), %s (headlines); written to %s%n", labelled.size(), read.size() - labelled.size(),
                    result.positives(), result.negatives(), result.model().threshold(),
                    result.model().shortThreshold(), f1(result.articlesBcubedF1()),
                    f1(result.headlinesBcubedF1()), out);
            return problems.rejected() > 0 ? Main.INPUT_REJECTED : 0;
        }
    }
}
