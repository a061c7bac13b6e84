package org.corroborate.clean;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts, per outlet, in how many articles each short line occurs, so lines that an outlet prints under many
 * articles (a standing tagline, a footer) can be removed. Articles are observed before they are cleaned; a line
 * counts once per article. The table is bounded: the oldest lines are forgotten first, so memory stays flat on an
 * endless stream. Observe from one thread; {@link #isRepeated} may then be called from many threads at once, as long
 * as no {@link #observe} runs meanwhile.
 */
public final class RepeatedLines {
    /** Lines longer than this are content, not a repeated tagline. */
    static final int MAX_WORDS = 60;
    private final int minArticles;
    private final Map<Long, Integer> counts;

    public RepeatedLines(int minArticles, int capacity) {
        if (minArticles < 2) {
            throw new IllegalArgumentException("minArticles must be at least 2");
        }
        this.minArticles = minArticles;
        // Insertion order, not access order: lookups must not modify the map, as cleaning threads read it at once.
        this.counts = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    public RepeatedLines() {
        this(3, 200_000);
    }

    /** Counts the article's lines under its outlet. */
    public void observe(String outlet, String body) {
        Set<Long> seen = new HashSet<>();
        for (String line : body.split("\n")) {
            String key = key(line);
            if (key != null && seen.add(hash(outlet, key))) {
                counts.merge(hash(outlet, key), 1, Integer::sum);
            }
        }
    }

    /** Whether the line occurs in enough of the outlet's articles to be its boilerplate. */
    public boolean isRepeated(String outlet, String line) {
        String key = key(line);
        return key != null && counts.getOrDefault(hash(outlet, key), 0) >= minArticles;
    }

    /** The line with runs of white space as one space, or null when it is empty or too long to be a tagline. */
    private static String key(String line) {
        StringBuilder key = new StringBuilder(Math.min(line.length(), 512));
        int words = 0;
        boolean space = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space) {
                if (++words > MAX_WORDS) {
                    return null;
                }
                if (key.length() > 0) {
                    key.append(' ');
                }
                space = false;
            }
            key.append(c);
        }
        return key.length() == 0 ? null : key.toString();
    }

    private static long hash(String outlet, String line) {
        long h = 1125899906842597L;
        for (int i = 0; i < outlet.length(); i++) {
            h = 31 * h + outlet.charAt(i);
        }
        h = 31 * h + 0x1F;
        for (int i = 0; i < line.length(); i++) {
            h = 31 * h + line.charAt(i);
        }
        return h ^ (h >>> 29) * 0x9E3779B97F4A7C15L;
    }
}
