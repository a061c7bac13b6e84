package org.corroborate.internal;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose matches can start only at a few characters, and only where a word may start, with the
 * matches {@link Matcher#find()} gives, found faster: {@code find()} tries the pattern at every position of the text,
 * and a pattern that opens with {@code \b} and an alternation of words costs a few dozen steps at each; here the
 * pattern is tried only at positions whose character is one its matches can start with and which do not follow an
 * ASCII letter or digit. The caller states those characters; a wrong statement loses matches, so each pattern is
 * checked against {@code find()} on real text by the tests. Thread-safe; its {@link Scan}s are not.
 */
public final class PatternScan {
    private final Pattern pattern;
    private final boolean[] ascii = new boolean[128];
    /** The characters beyond ASCII a match can start with. */
    private final String others;
    private final boolean wordStart;

    private PatternScan(Pattern pattern, String firstChars, boolean wordStart) {
        this.pattern = pattern;
        StringBuilder beyond = new StringBuilder();
        for (char c : firstChars.toCharArray()) {
            if (c < 128) {
                ascii[c] = true;
            } else {
                beyond.append(c);
            }
        }
        this.others = beyond.toString();
        this.wordStart = wordStart;
    }

    /**
     * A pattern whose every match starts with one of {@code firstChars} (both cases of a letter where the pattern
     * ignores case) at a position that does not follow an ASCII letter or digit: a pattern that opens with
     * {@code \b} or {@code (?<![\w-])} before a letter or digit.
     */
    public static PatternScan wordStart(String regex, String firstChars) {
        return new PatternScan(Pattern.compile(regex), firstChars, true);
    }

    /** A pattern whose every match starts with one of {@code firstChars}, anywhere. */
    public static PatternScan anywhere(String regex, String firstChars) {
        return new PatternScan(Pattern.compile(regex), firstChars, false);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether a match may start at {@code i} of {@code text}. */
    boolean mayStartAt(char[] text, int i) {
        char c = text[i];
        // most patterns start with ASCII letters only: a text's other characters (quotes, dashes) are then refused
        // without a search of an empty string
        if (c < 128 ? !ascii[c] : others.isEmpty() || others.indexOf(c) < 0) {
            return false;
        }
        return !wordStart || i == 0 || !asciiLetterOrDigit(text[i - 1]);
    }

    /**
     * The characters of the text, from the last text this thread asked about when it is the same: the scans of
     * many patterns go over one text in turn, and reading an array is cheaper than {@link String#charAt}.
     */
    private static char[] chars(String text) {
        Object[] last = LAST_TEXT.get();
        if (last[0] != text) {
            last[0] = text;
            last[1] = text.toCharArray();
        }
        return (char[]) last[1];
    }

    private static final ThreadLocal<Object[]> LAST_TEXT = ThreadLocal.withInitial(() -> new Object[2]);

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The matches in {@code text}, in the order {@code find()} gives them. */
    public Scan scan(String text) {
        return new Scan(this, text);
    }

    /**
     * The first match that starts in {@code [from, to)} and ends by {@code to}, as {@code find()} in that region with
     * transparent, non-anchoring bounds finds it; {@code m} must be a matcher of this pattern on {@code text}.
     */
    public boolean findIn(Matcher m, String text, int from, int to) {
        char[] chars = chars(text);
        for (int i = from; i < to; i++) {
            if (mayStartAt(chars, i)) {
                m.region(i, to);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The matches of one pattern in one text. Not thread-safe. */
    public static final class Scan {
        private final PatternScan scan;
        private final String text;
        /** The matcher, holding the last match found: its groups, start and end; made at the first place to try. */
        public Matcher m;
        private int from;

        Scan(PatternScan scan, String text) {
            this.scan = Objects.requireNonNull(scan, "scan");
            this.text = text;
        }

        /** Finds the next match, as {@link Matcher#find()} would; false when there is none. */
        public boolean find() {
            int length = text.length();
            char[] chars = chars(text);
            while (from < length && !scan.mayStartAt(chars, from)) {
                from++;
            }
            if (from >= length) {
                from = length + 1;
                return false;
            }
            if (m == null) {
                m = scan.pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
            }
            if (!scan.findIn(m, text, from, length)) {
                from = length + 1;
                return false;
            }
            from = m.end() > m.start() ? m.end() : m.end() + 1;
            return true;
        }
    }
}
