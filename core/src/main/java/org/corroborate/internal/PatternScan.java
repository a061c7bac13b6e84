package org.corroborate.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
 *
 * <p>A pattern whose every match holds one of a few words (a unit of time, a season, "quarter") can say so
 * ({@link #near}): it is then tried only at places at most a few characters before an occurrence of one of them,
 * found once per text by {@link String#indexOf}, instead of at every place that may start a match. Most patterns
 * find nothing in most articles, and each place tried costs the matcher a reset of all its groups. The words may be
 * matched as written instead ({@link #nearCased}: "March", not the "march" of "marched"), and the occurrences that
 * count may be narrowed by a test ({@link #near(int, Occurrence, String...)}: a "day" that is a whole word, not the
 * "day" of "Monday"), as long as every match holds an occurrence that passes it.
 */
public final class PatternScan {
    private final Pattern pattern;
    private final boolean[] ascii = new boolean[128];
    /** The characters beyond ASCII a match can start with. */
    private final String others;
    private final String firstChars;
    private final boolean wordStart;
    /** Words one of which every match holds, or none when not stated: lower case unless {@link #cased}. */
    private final String[] keywords;
    /** Whether the keywords are matched as written; otherwise ASCII letters are matched in either case. */
    private final boolean cased;
    /** Which occurrences of the keywords count, or null for all. */
    private final Occurrence test;
    /** The keywords' numbers among all patterns' keywords ({@link #KEYWORDS}), and this pattern's among theirs. */
    private final int[] keywordIds;
    private final int id;
    /** Every keyword of every pattern, numbered: a text's index keeps their occurrences in arrays by number. */
    private static final Map<String, Integer> KEYWORDS = new HashMap<>();
    private static int patternsWithKeywords;
    /** The most characters from a match's start to where the word it holds starts. */
    private final int reach;

    /** A test of an occurrence of a keyword at {@code [start, end)} of a text. */
    @FunctionalInterface
    public interface Occurrence {
        boolean test(String text, int start, int end);
    }

    private PatternScan(Pattern pattern, String firstChars, boolean wordStart) {
        this(pattern, firstChars, wordStart, new String[0], false, null, 0);
    }

    private PatternScan(Pattern pattern, String firstChars, boolean wordStart, String[] keywords, boolean cased,
                        Occurrence test, int reach) {
        this.pattern = pattern;
        this.firstChars = firstChars;
        this.keywords = keywords;
        this.cased = cased;
        this.test = test;
        this.reach = reach;
        this.keywordIds = new int[keywords.length];
        synchronized (KEYWORDS) {
            for (int k = 0; k < keywords.length; k++) {
                // a keyword matched as written is another keyword than the same word in either case
                String key = (cased ? "=" : "~") + keywords[k];
                keywordIds[k] = KEYWORDS.computeIfAbsent(key, w -> KEYWORDS.size());
            }
            this.id = keywords.length == 0 ? -1 : patternsWithKeywords++;
        }
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

    /**
     * This pattern, tried only where a match would hold one of {@code keywords} (lower case; ASCII letters are
     * matched in either case) starting at most {@code reach} characters after the match's start. A match whose
     * leading words are spaced out further (runs of white space, or digits, longer than a text has) is lost, as
     * with a wrong first character; the tests check every pattern against {@code find()}.
     */
    public PatternScan near(int reach, String... keywords) {
        return near(reach, null, keywords);
    }

    /**
     * As {@link #near(int, String...)}, counting only the occurrences of the keywords that pass {@code test}, asked
     * once per text and occurrence (with the occurrence's place in the text as it is, not folded).
     */
    public PatternScan near(int reach, Occurrence test, String... keywords) {
        for (String keyword : keywords) {
            if (keyword.isEmpty() || !keyword.equals(fold(keyword))) {
                throw new IllegalArgumentException("keywords are lower case and not empty: " + keyword);
            }
        }
        return new PatternScan(pattern, firstChars, wordStart, keywords.clone(), false, test, reach);
    }

    /** As {@link #near(int, String...)}, with the keywords matched as written: in their case only. */
    public PatternScan nearCased(int reach, String... keywords) {
        for (String keyword : keywords) {
            if (keyword.isEmpty()) {
                throw new IllegalArgumentException("keywords are not empty");
            }
        }
        return new PatternScan(pattern, firstChars, wordStart, keywords.clone(), true, null, reach);
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
        TextIndex index = TextIndex.of(text);
        if (index.chars == null) {
            index.chars = text.toCharArray();
        }
        return index.chars;
    }

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
    private boolean findIn(Matcher m, String text, int from, int to) {
        char[] chars = chars(text);
        int[] near = keywords.length == 0 ? null : TextIndex.of(text).occurrences(this);
        int k = near == null ? 0 : firstAtOrAfter(near, from);
        for (int i = from; i < to; i++) {
            if (near != null) {
                while (k < near.length && near[k] < i) {
                    k++;
                }
                if (k == near.length) {
                    return false; // no keyword left for a match to hold
                }
                if (near[k] - i > reach) {
                    i = near[k] - reach - 1; // on to the first place within reach of the next keyword
                    continue;
                }
            }
            if (mayStartAt(chars, i)) {
                m.region(i, to);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the first of the increasing {@code positions} at or after {@code from}, or their length. */
    private static int firstAtOrAfter(int[] positions, int from) {
        int low = 0;
        int high = positions.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (positions[middle] < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** ASCII letters in lower case, every other character as it is (so offsets stay), as {@code (?i)} folds. */
    public static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * What the scans of the text this thread last scanned share: its characters, its folded form, each keyword's
     * occurrences, and each pattern's keywords merged, made once per text for all the patterns scanned over it.
     */
    private static final class TextIndex {
        private static final ThreadLocal<TextIndex> LAST = new ThreadLocal<>();
        private static final int[] NONE = new int[0];
        private final String text;
        /** Its characters ({@link #chars}) and its folded form, made when first asked for. */
        private char[] chars;
        private String folded;
        /** By keyword number, then by pattern number: arrays, not maps, since a text may be a single sentence. */
        private int[][] byKeyword = new int[0][];
        private int[][] byScan = new int[0][];

        private TextIndex(String text) {
            this.text = text;
        }

        static TextIndex of(String text) {
            TextIndex last = LAST.get();
            if (last == null || last.text != text) {
                last = new TextIndex(text);
                LAST.set(last);
            }
            return last;
        }

        /** Where the scan's keywords start (the occurrences that pass its test), in increasing order. */
        int[] occurrences(PatternScan scan) {
            if (scan.id >= byScan.length) {
                byScan = Arrays.copyOf(byScan, Math.max(scan.id + 1, 2 * byScan.length));
            }
            int[] known = byScan[scan.id];
            if (known != null) {
                return known;
            }
            int[] all = NONE;
            for (int k = 0; k < scan.keywords.length; k++) {
                int keyword = scan.keywordIds[k];
                if (keyword >= byKeyword.length) {
                    byKeyword = Arrays.copyOf(byKeyword, Math.max(keyword + 1, 2 * byKeyword.length));
                }
                int[] found = byKeyword[keyword];
                if (found == null) {
                    if (!scan.cased && folded == null) {
                        folded = fold(text);
                    }
                    found = find(scan.cased ? text : folded, scan.keywords[k]);
                    byKeyword[keyword] = found;
                }
                if (scan.test != null) {
                    found = passing(found, scan.keywords[k].length(), scan.test);
                }
                if (found.length > 0) {
                    int[] merged = Arrays.copyOf(all, all.length + found.length);
                    System.arraycopy(found, 0, merged, all.length, found.length);
                    all = merged;
                }
            }
            Arrays.sort(all);
            byScan[scan.id] = all;
            return all;
        }

        /** The occurrences at {@code found} of a keyword {@code length} characters long that pass {@code test}. */
        private int[] passing(int[] found, int length, Occurrence test) {
            int[] passed = found; // the same array while every occurrence so far passed
            int count = 0;
            for (int at : found) {
                if (test.test(text, at, at + length)) {
                    if (passed != found) {
                        passed[count] = at;
                    }
                    count++;
                } else if (passed == found) {
                    passed = Arrays.copyOf(found, found.length);
                }
            }
            return count == found.length ? found : Arrays.copyOf(passed, count);
        }

        private static int[] find(String searched, String keyword) {
            int at = searched.indexOf(keyword);
            if (at < 0) {
                return NONE;
            }
            int[] found = new int[4];
            int count = 0;
            for (; at >= 0; at = searched.indexOf(keyword, at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
            return Arrays.copyOf(found, count);
        }
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
