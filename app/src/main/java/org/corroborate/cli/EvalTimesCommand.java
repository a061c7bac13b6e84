package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.eval.TimeMlDocument;
import org.corroborate.eval.TimexScores;
import org.corroborate.extract.time.TimeExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval times}: the time expressions found against TimeML annotations, by TempEval-3's rules. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = {"Scores the time expressions Corroborate finds against TimeML gold (.tml files, as in",
                "TempEval-3): relaxed span match (overlap), strict span match, and over relaxed matches the type",
                "and the TIMEX3 value (value F1 is TempEval-3's headline figure). Each document's text is read",
                "from its <TEXT> with the tags removed; its <DCT> is the reference date."},
        footer = {"", "Example: corroborate eval times --gold ../shared/data/tempeval3-train"})
final class EvalTimesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A .tml file or a directory of "
            + "them (searched recursively).")
    Path gold;

    @Option(names = "--errors", description = "List the expressions missed, spurious or with another value.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(gold)) {
            System.err.println("corroborate: " + gold + ": error: no such file or directory");
            return Main.INPUT_REJECTED;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(gold)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("corroborate: " + gold + ": error: no .tml file");
            return Main.INPUT_REJECTED;
        }
        TimeExtractor extractor = new TimeExtractor();
        TimexScores total = new TimexScores(0, 0, 0, 0, 0, 0);
        int rejected = 0;
        for (Path file : files) {
            TimeMlDocument doc;
            try (InputStream in = Files.newInputStream(file)) {
                doc = TimeMlDocument.read(in, file.toString());
            } catch (IllegalArgumentException e) {
                System.err.println("corroborate: " + e.getMessage());
                rejected++;
                continue;
            }
            if (doc.creationTime().isPresent() && doc.reference().isEmpty()) {
                System.err.println("corroborate: " + file + ": warning: creation time " + doc.creationTime().get()
                        + " is not a date; relative expressions are scored without one");
            }
            List<TimexScores.Span> goldSpans = doc.goldSpans();
            List<TimexScores.Span> found = doc.foundSpans(extractor);
            total = total.plus(TimexScores.score(goldSpans, found));
            if (errors) {
                report(file, doc.text(), goldSpans, found);
            }
        }
        System.out.printf(Locale.ROOT, "documents %d; gold %d, found %d%n", files.size() - rejected, total.gold(),
                total.found());
        line("relaxed span", total, total.relaxed());
        line("strict span", total, total.strict());
        line("type", total, total.typeCorrect());
        line("value", total, total.valueCorrect());
        return rejected > 0 ? Main.INPUT_REJECTED : 0;
    }

    private static void line(String what, TimexScores s, int correct) {
        System.out.printf(Locale.ROOT, "%-13s P %.4f  R %.4f  F1 %.4f%n", what, s.precision(correct),
                s.recall(correct), s.f1(correct));
    }

    /** The errors as the scores count them: each gold expression against the found one it was matched with. */
    private static void report(Path file, String text, List<TimexScores.Span> gold, List<TimexScores.Span> found) {
        int[] matches = TimexScores.matches(gold, found);
        boolean[] matched = new boolean[found.size()];
        for (int k = 0; k < gold.size(); k++) {
            TimexScores.Span g = gold.get(k);
            String goldText = text.substring(g.start(), g.end()).replace('\n', ' ');
            if (matches[k] < 0) {
                System.out.println(file.getFileName() + ": missed \"" + goldText + "\" " + g.type() + " " + g.value());
                continue;
            }
            matched[matches[k]] = true;
            TimexScores.Span f = found.get(matches[k]);
            if (!f.value().equals(g.value())) {
                System.out.println(file.getFileName() + ": value \"" + goldText + "\" gold " + g.value() + ", found "
                        + f.value());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!matched[i]) {
                TimexScores.Span f = found.get(i);
                System.out.println(file.getFileName() + ": spurious \"" + text.substring(f.start(), f.end())
                        .replace('\n', ' ') + "\" " + f.value());
            }
        }
    }
}
