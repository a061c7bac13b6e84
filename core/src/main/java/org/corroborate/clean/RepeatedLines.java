package org.corroborate.clean;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts, per outlet, in how many articles each short line occurs, so lines that an outlet prints under many
 * articles (a standing tagline, a footer) can be removed. Articles are observed before they are cleaned; a line
 * counts once per article. The table is bounded: the least recently seen lines are forgotten first, so memory
 * stays flat on an endless stream. Not thread-safe: observe from one thread, then clean from many.
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
        this.counts = new LinkedHashMap<>(1024, 0.75f, true) {
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

    private static String key(String line) {
        String normalized = line.strip().replaceAll("\\s+", " ");
        if (normalized.isEmpty() || normalized.split(" ").length > MAX_WORDS) {
            return null;
        }
        return normalized;
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
