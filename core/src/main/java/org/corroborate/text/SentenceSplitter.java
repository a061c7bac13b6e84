package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.corroborate.internal.Models;

/**
 * Splits cleaned text into sentences and tokens with character offsets: OpenNLP's English UD models, within each
 * paragraph (a sentence never crosses a blank line), then rules for what the model gets wrong in news: titles and
 * initials ("Mr.", "S. Jaishankar"), "Jan. 27", "U.S." inside a sentence, "p.m.", and quotes that close after
 * the full stop. Thread-safe: the models are shared and each thread gets its own detector and tokenizer.
 */
public final class SentenceSplitter {
    /** Abbreviations that never end a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov",
            "del", "lt", "col", "sgt", "capt", "rev", "st", "hon", "pres", "supt", "insp", "cmdr", "adm", "maj", "brig",
            "messrs", "mt", "ft", "no", "nos", "vol", "art", "fig", "approx", "est", "vs", "v", "cf", "ca");
    /** Abbreviations that end a sentence only when the next word could not continue it. */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");
    private static final Set<String> SENTENCE_STARTERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We",
            "I", "You", "This", "That", "These", "Those", "But", "And", "In", "On", "At", "Its", "His", "Her",
            "Their", "Our", "There", "When", "While", "After", "Before", "As", "If", "So", "Yet", "Meanwhile",
            "However", "Officials", "Some", "Many", "Most", "One", "Two", "Both", "Earlier", "Later", "Last", "Next");
    private static final java.util.regex.Pattern ABBREVIATION_THEN_STARTER = java.util.regex.Pattern.compile(
            "\\b((?:[A-Z]\\.){2,})\\s+(" + String.join("|", SENTENCE_STARTERS) + ")\\b");
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.sentences()));
    /** The tokenizer's model, with the features of characters made once ({@link CachedCharFeatures}), per JVM. */
    private static final class Tokens {
        static final opennlp.tools.tokenize.TokenizerModel MODEL = CachedCharFeatures.model(Models.tokens());
    }

    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Tokens.MODEL));
    /** The tokenizer's split of each run of text between white space, by the run; shared by the threads. */
    private final Map<String, Span[]> wordSplits = new ConcurrentHashMap<>();
    /** The splits of this many runs are kept; past it, the store starts again. */
    private static final int MAX_WORDS = 100_000;

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            for (int[] span : splitParagraph(text, paragraphStart, paragraphEnd)) {
                sentences.add(new Sentence(span[0], span[1], tokens(text, span[0], span[1])));
            }
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    private List<int[]> splitParagraph(String text, int from, int to) {
        String paragraph = text.substring(from, to);
        List<int[]> spans = new ArrayList<>();
        for (Span span : detector.get().sentPosDetect(paragraph)) {
            splitAfterAbbreviations(text, from + span.getStart(), from + span.getEnd(), spans);
        }
        if (spans.isEmpty() && !paragraph.isBlank()) {
            spans.add(trim(text, from, to));
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            if (!merged.isEmpty()) {
                int[] previous = merged.get(merged.size() - 1);
                int closing = leadingClosers(text, span[0], span[1]);
                if (closing > 0) {
                    previous[1] = span[0] + closing;
                    span = trim(text, span[0] + closing, span[1]);
                    if (span[0] >= span[1]) {
                        continue;
                    }
                }
                if (continues(text, previous, span)) {
                    previous[1] = span[1];
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }

    /** Splits where an abbreviation such as "U.S." ends a sentence that the model ran on into the next. */
    private static void splitAfterAbbreviations(String text, int start, int end, List<int[]> spans) {
        if (!hasInitials(text, start, end)) {
            spans.add(new int[] {start, end}); // no "U.S." to split after: the pattern needs one
            return;
        }
        java.util.regex.Matcher m = ABBREVIATION_THEN_STARTER.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            spans.add(new int[] {from, m.end(1)});
            from = m.start(2);
        }
        spans.add(new int[] {from, end});
    }

    /** Whether two capital letters each followed by a full stop ("U.S.") are in {@code [start, end)}. */
    private static boolean hasInitials(String text, int start, int end) {
        for (int i = text.indexOf('.', start + 1); i >= 0 && i < end; i = text.indexOf('.', i + 1)) {
            if (i - 3 >= start && text.charAt(i - 2) == '.' && isAsciiCapital(text.charAt(i - 1))
                    && isAsciiCapital(text.charAt(i - 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Quote marks and brackets that open a sentence but close the one before: {@code ” He said}. */
    private static int leadingClosers(String text, int start, int end) {
        int i = start;
        while (i < end && "”’\")]".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == start || (i < end && !Character.isWhitespace(text.charAt(i)))) {
            return 0;
        }
        return i - start;
    }

    /**
     * Whether the model split where no sentence ends: after a comma, or after an abbreviation that does not end the
     * sentence.
     */
    static boolean continues(String text, int[] previous, int[] next) {
        String before = text.substring(previous[0], previous[1]);
        if (before.endsWith(",")) {
            return true; // no sentence ends with a comma: "about 1:30 a. m., | CHP Officer Brian Pennings said."
        }
        if (!before.endsWith(".")) {
            return false;
        }
        String following = text.substring(next[0], next[1]);
        char first = following.charAt(0);
        if (Character.isLowerCase(first)) {
            return true; // a sentence does not start with a lower-case word
        }
        int wordStart = before.length() - 1;
        while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))
                && "(\"“‘'".indexOf(before.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String last = before.substring(wordStart, before.length() - 1);
        String lower = last.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower)) {
            return true;
        }
        if (MONTHS.contains(lower) && Character.isDigit(first)) {
            return true;
        }
        if (last.length() == 1 && Character.isUpperCase(last.charAt(0)) && Character.isUpperCase(first)) {
            return true; // an initial: "S. Jaishankar"
        }
        String nextWord = following.split("[\\s,;:]", 2)[0];
        if (last.matches("(?:[A-Z]\\.)+[A-Z]") && !SENTENCE_STARTERS.contains(nextWord)) {
            return true; // "U.S. President", "U.N. officials"
        }
        return (lower.equals("a.m") || lower.equals("p.m")) && Character.isDigit(first);
    }

    /**
     * Tokens of the sentence; a possessive "’s" (curly or straight) is a token of its own, as UD has it. The model
     * splits each run of text between white space on its own, by that run's characters alone, so the split of a run
     * is kept ({@link #wordSplits}) and the model asked once per distinct run instead of at every occurrence.
     */
    private List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        String sentence = text.substring(start, end);
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            for (Span span : wordSplit(sentence.substring(word.getStart(), word.getEnd()))) {
                addToken(text, start + word.getStart() + span.getStart(), start + word.getStart() + span.getEnd(),
                        tokens);
            }
        }
        return tokens;
    }

    /** The tokenizer's split of a run of text between white space, asked of the model once per distinct run. */
    private Span[] wordSplit(String word) {
        Span[] known = wordSplits.get(word);
        if (known == null) {
            known = tokenizer.get().tokenizePos(word);
            if (wordSplits.size() >= MAX_WORDS) {
                wordSplits.clear();
            }
            wordSplits.put(word, known);
        }
        return known;
    }

    private static void addToken(String text, int from, int to, List<Token> tokens) {
        if (to - from > 2 && (text.charAt(to - 1) == 's' || text.charAt(to - 1) == 'S')
                && (text.charAt(to - 2) == '’' || text.charAt(to - 2) == '\'')) {
            tokens.add(new Token(from, to - 2));
            tokens.add(new Token(to - 2, to));
        } else {
            tokens.add(new Token(from, to));
        }
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
