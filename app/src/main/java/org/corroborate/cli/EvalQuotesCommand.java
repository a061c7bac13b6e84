package org.corroborate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.eval.QuoteScores;
import org.corroborate.extract.quote.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval quotes}: quotes and speakers against brat attribution annotations (PolNeAR). */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Scores the quotes and speakers Corroborate finds against attribution annotations in brat",
                "stand-off format, as PolNeAR gives them: DIR/text/NAME.txt and DIR/attributions/NAME_xxxx.ann (the",
                "first annotation of each text is used). Prints direct-quote precision, recall and F1, the share",
                "of partial quotes inside a gold attribution, and speaker accuracy on direct quotes whose gold",
                "source names someone (no speaker counts as wrong). A gold direct quote is a content that opens",
                "with a quote mark, a transcript's turn in marks (\"NAME: ...), or the speaker's own sentences in",
                "marks that the annotators joined to the writer's paraphrase in one content; not, after a",
                "paraphrase, a phrase in marks that the writer's words go on from (a content that opens with one",
                "still counts)."},
        footer = {"", "Example: corroborate eval quotes --gold ../shared/data/polnear/dev"})
final class EvalQuotesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder with text/ and "
            + "attributions/.")
    Path gold;

    @Option(names = "--errors", description = "Also list the errors, one a line, with file and offsets: gold direct "
            + "quotes missed, spurious direct quotes, partial quotes outside every attribution, wrong and missing "
            + "speakers.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        Path texts = gold.resolve("text");
        Path annotations = gold.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
            System.err.println("corroborate: " + gold + ": error: expected the folders text/ and attributions/");
            return Main.INPUT_REJECTED;
        }
        Map<String, Path> annotationOf = new HashMap<>();
        try (Stream<Path> list = Files.list(annotations)) {
            for (Path ann : list.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString();
                String stem = name.substring(0, Math.max(0, name.lastIndexOf('_')));
                annotationOf.putIfAbsent(stem, ann);
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(texts)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ProblemReport problems = new ProblemReport();
        List<AnalyzedArticle> analyzed = new ArticleAnalyzer().analyzeAll(files.stream().map(Path::toString)
                .toList(), problems);
        Map<String, AnalyzedArticle> byName = new HashMap<>();
        analyzed.forEach(a -> byName.put(Path.of(a.id()).getFileName().toString(), a));
        QuoteScores total = new QuoteScores(0, 0, 0, 0, 0, 0, 0, 0, 0);
        int scored = 0;
        int rejected = problems.rejected();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path ann = annotationOf.get(name.substring(0, name.length() - 4));
            AnalyzedArticle article = byName.get(name);
            if (ann == null || article == null) {
                continue;
            }
            String original = Files.readString(file, StandardCharsets.UTF_8);
            List<QuoteScores.Attribution> attributions;
            try {
                attributions = readAnn(ann, original);
            } catch (IllegalArgumentException e) {
                System.err.println("corroborate: " + e.getMessage());
                rejected++;
                continue;
            }
            List<QuoteScores.Found> found = found(article, original);
            total = total.plus(QuoteScores.score(attributions, found));
            if (errors) {
                for (String line : QuoteScores.errors(attributions, found, original)) {
                    System.out.println(name + " " + line);
                }
            }
            scored++;
        }
        double p = total.foundDirect() == 0 ? 0 : total.correctDirect() / (double) total.foundDirect();
        double r = total.goldDirect() == 0 ? 0 : total.recalledDirect() / (double) total.goldDirect();
        System.out.printf(Locale.ROOT, "documents %d; gold direct quotes %d, found %d%n", scored, total.goldDirect(),
                total.foundDirect());
        System.out.printf(Locale.ROOT, "direct quotes  P %.4f  R %.4f  F1 %.4f%n", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r));
        System.out.printf(Locale.ROOT, "partial quotes inside a gold attribution %d of %d (%.4f)%n",
                total.partialInside(), total.foundPartial(), total.foundPartial() == 0 ? 0
                        : total.partialInside() / (double) total.foundPartial());
        System.out.printf(Locale.ROOT, "speaker of direct quotes with a named source: %d of %d right (%.4f); %d with "
                + "no speaker%n", total.speakerRight(), total.namedDirect(), total.namedDirect() == 0 ? 0
                : total.speakerRight() / (double) total.namedDirect(), total.speakerMissing());
        return rejected > 0 ? Main.INPUT_REJECTED : 0;
    }

    /**
     * The quotes of an article, with offsets into the original file: found again by their text if cleaning moved
     * them, white space matching any run of white space (cleaning joins runs and drops invisible characters). Where
     * the words occur more than once (a pull quote repeats a quote of the body), the occurrence nearest where the
     * quote stands is taken: its offset in the cleaned text, moved by as much as the quote before it moved.
     */
    private static List<QuoteScores.Found> found(AnalyzedArticle article, String original) {
        List<QuoteScores.Found> found = new ArrayList<>();
        boolean same = article.text().equals(original);
        int shift = 0;
        for (Quote q : article.extraction().quotes()) {
            int start = q.start();
            int end = q.end();
            if (!same) {
                int expected = q.start() + shift;
                Matcher m = loosely(q.text()).matcher(original);
                int best = -1;
                int bestEnd = -1;
                while (m.find()) {
                    if (best < 0 || Math.abs(m.start() - expected) < Math.abs(best - expected)) {
                        best = m.start();
                        bestEnd = m.end();
                    }
                }
                if (best < 0) {
                    continue;
                }
                shift = best - q.start();
                start = best;
                end = bestEnd;
            }
            found.add(new QuoteScores.Found(start, end, q.kind().name(), q.speaker()));
        }
        return found;
    }

    private static Pattern loosely(String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : text.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                regex.append(regex.length() > 0 ? SPACE : "").append(Pattern.quote(part));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F\\u3000\\u200B\\u200C\\u200D\\u2060\\uFEFF"
            + "\\u00AD]+";

    /** A text-bound annotation's line ("T12<TAB>Content 10 42<TAB>words"). */
    private static final Pattern TEXT_BOUND = Pattern.compile("T\\d+\t");
    /** An event's line ("E3<TAB>Attribution:T9 Content:T7 Cue:T6 Source:T5"). */
    private static final Pattern EVENT = Pattern.compile("E\\d+\t");

    /**
     * Attributions of a brat file: each E line's Content span and Source text, and the fragments of the content that
     * are direct quotes (see {@link #quoted}). Other lines are skipped: notes, and the rest of a span's words where
     * they held a line break (brat writes them as they are, over several lines).
     */
    static List<QuoteScores.Attribution> readAnn(Path ann, String text) throws IOException {
        Map<String, List<int[]>> spans = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            number++;
            String[] f = line.split("\t");
            try {
                if (TEXT_BOUND.matcher(line).lookingAt()) {
                    String[] typeAndSpans = f[1].split(" ", 2);
                    List<int[]> fragments = new ArrayList<>();
                    for (String fragment : typeAndSpans[1].split(";")) {
                        String[] se = fragment.strip().split(" ");
                        fragments.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                    }
                    spans.put(f[0], fragments);
                    words.put(f[0], f.length > 2 ? f[2] : "");
                } else if (EVENT.matcher(line).lookingAt()) {
                    events.add(f[1].split(" "));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(ann + ":" + number + ": not a brat T or E line");
            }
        }
        List<QuoteScores.Attribution> attributions = new ArrayList<>();
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (String[] roles : events) {
            List<String> contents = new ArrayList<>(); // an attribution may have several: Content, Content2, ...
            String source = null;
            String cue = null;
            for (String role : roles) {
                String[] kv = role.split(":");
                if (kv.length == 2 && kv[0].startsWith("Content")) {
                    contents.add(kv[1]);
                } else if (kv.length == 2 && kv[0].startsWith("Source")) {
                    source = kv[1];
                } else if (kv.length == 2 && kv[0].startsWith("Cue")) {
                    cue = kv[1];
                }
            }
            for (String content : contents) {
                // a content that two attributions share (an annotator's double entry) is one quote, not two
                if (!spans.containsKey(content) || !counted.add(content)) {
                    continue;
                }
                List<int[]> fragments = spans.get(content);
                for (int[] f : fragments) {
                    if (f[0] < 0 || f[0] > f[1] || f[1] > text.length()) {
                        throw new IllegalArgumentException(ann + ": span " + f[0] + "-" + f[1] + " beyond the text");
                    }
                }
                int start = fragments.stream().mapToInt(x -> x[0]).min().orElseThrow();
                int end = fragments.stream().mapToInt(x -> x[1]).max().orElseThrow();
                attributions.add(new QuoteScores.Attribution(start, end, text.substring(start, end),
                        Optional.ofNullable(source).map(words::get), quoted(text, fragments,
                                spans.getOrDefault(source, List.of()), spans.getOrDefault(cue, List.of()))));
            }
        }
        return attributions;
    }

    /**
     * The fragments of a content that are direct quotes: a first fragment that opens with a quote mark, or a
     * transcript's turn, whose mark opens the paragraph before the speaker's label ("“NOVAK: We shook hands.”": the
     * annotators' source is the label, the cue its colon, the content the words after it); a later fragment that
     * opens with a quote mark after such a one (“We agreed,” Novak said, “and shook hands.”), or just after one, its
     * mark left out of the content; and one that opens
     * with a quote mark where a sentence starts, the speaker's own sentences that the annotators joined to
     * the writer's report of what the same speaker said ("Novak said both parties agreed. “We shook hands.”"), not
     * words that finish the writer's sentence ("what Novak called “a handshake deal”").
     */
    static List<QuoteScores.Fragment> quoted(String text, List<int[]> fragments, List<int[]> source,
                                             List<int[]> cue) {
        List<QuoteScores.Fragment> quoted = new ArrayList<>();
        List<int[]> inOrder = fragments.stream().sorted(java.util.Comparator.comparingInt(x -> x[0])).toList();
        int[] previous = null;
        for (int[] f : inOrder) {
            String fragment = text.substring(f[0], f[1]);
            boolean marked = QuoteScores.opensWithMark(fragment) || afterParagraphMark(text, f[0]);
            // brat cuts a quotation at each line, and annotators often at each sentence: a piece right after a
            // quoted piece whose quotation is still open is quoted too
            boolean goesOn = previous != null && !quoted.isEmpty()
                    && quoted.get(quoted.size() - 1).end() == previous[1]
                    && text.substring(previous[1], f[0]).isBlank()
                    && stillOpen(text.substring(quoted.get(0).start(), previous[1]));
            if (f == inOrder.get(0) ? marked || isTurn(text, f[0], source, cue)
                    : marked && (!quoted.isEmpty() || opensSentence(text, f[0]))
                    || !quoted.isEmpty() && afterMark(text, f[0]) || goesOn) {
                quoted.add(new QuoteScores.Fragment(f[0], f[1], fragment));
            }
            previous = f;
        }
        return quoted;
    }

    /** Whether a quotation opened in {@code run} is not closed by its end (curly marks, else straight ones). */
    private static boolean stillOpen(String run) {
        int opening = run.lastIndexOf('“');
        if (opening >= 0 || run.indexOf('”') >= 0) {
            return opening > run.lastIndexOf('”');
        }
        return run.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /** Whether an opening quote mark, after a space or a line break, stands just before {@code at}. */
    private static boolean afterMark(String text, int at) {
        return at >= 1 && QuoteScores.opensWithMark(text.substring(at - 1, at))
                && (at == 1 || Character.isWhitespace(text.charAt(at - 2)));
    }

    /**
     * Whether the only thing before {@code at} in its paragraph is a quote mark: the annotators left the mark that
     * opens the paragraph out of the content (a long quote's next paragraph, “And the ferries ...).
     */
    private static boolean afterParagraphMark(String text, int at) {
        int line = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(line, at).strip();
        return before.length() == 1 && QuoteScores.opensWithMark(before);
    }

    /** Whether a sentence starts at {@code at}: after a paragraph break or a sentence's end (closing marks aside). */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        while (i >= 0 && "”\"’')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether a quote mark opens the paragraph, then the source, its cue and the content at {@code start}. */
    private static boolean isTurn(String text, int start, List<int[]> source, List<int[]> cue) {
        if (source.size() != 1 || cue.size() != 1) {
            return false;
        }
        int[] s = source.get(0);
        int[] c = cue.get(0);
        if (s[0] < 0 || s[0] > s[1] || !(s[1] <= c[0] && c[0] <= c[1] && c[1] <= start)
                || !text.substring(s[1], c[0]).isBlank()
                || !text.substring(c[1], start).isBlank() || !text.substring(c[0], c[1]).strip().equals(":")) {
            return false;
        }
        int line = text.lastIndexOf('\n', s[0]) + 1;
        String before = text.substring(line, s[0]).strip();
        return before.length() == 1 && QuoteScores.opensWithMark(before);
    }
}
