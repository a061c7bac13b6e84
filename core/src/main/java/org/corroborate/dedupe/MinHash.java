package org.corroborate.dedupe;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MinHash signatures of word shingles: the share of equal slots between two signatures estimates the Jaccard
 * similarity of the two texts' shingle sets. Immutable and thread-safe.
 */
final class MinHash {
    private final long[] seeds;
    private final int shingleWords;

    MinHash(int hashes, int shingleWords, long seed) {
        this.seeds = new SplittableRandom(seed).longs(hashes).toArray();
        this.shingleWords = shingleWords;
    }

    /**
     * Words: lower-case runs of letters and digits, as offsets into the lower-cased text (a long article has
     * thousands; a string of each cost a tenth of the fingerprint).
     */
    static Words words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int[] bounds = new int[64];
        int count = 0;
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (2 * count + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = start;
                bounds[2 * count + 1] = i;
                count++;
            }
        }
        return new Words(lower, bounds, count);
    }

    /** The words of a text: word {@code j} is {@code lower[bounds[2j], bounds[2j + 1])}. */
    record Words(String lower, int[] bounds, int size) {
        int length(int j) {
            return bounds[2 * j + 1] - bounds[2 * j];
        }

        /** The {@link String#hashCode} of word {@code j}, without the string. */
        int hash(int j) {
            int h = 0;
            for (int k = bounds[2 * j]; k < bounds[2 * j + 1]; k++) {
                h = 31 * h + lower.charAt(k);
            }
            return h;
        }
    }

    /**
     * The hashes of the distinct shingles of the words, in increasing order (a text shorter than a shingle is one
     * shingle).
     */
    long[] shingles(Words words) {
        int count = Math.max(1, words.size() - shingleWords + 1);
        long[] hashes = new long[count];
        String lower = words.lower();
        int[] bounds = words.bounds();
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + shingleWords); j++) {
                for (int k = bounds[2 * j]; k < bounds[2 * j + 1]; k++) {
                    h = (h ^ lower.charAt(k)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            hashes[i] = h;
        }
        // distinct by sorting, not by a stream's set of boxed longs: only the set counts (its size, its least hashes)
        java.util.Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return java.util.Arrays.copyOf(hashes, distinct);
    }

    /** The signature: per hash function, the least 32-bit hash over the shingles (32 bits keep memory small). */
    int[] signature(long[] shingles) {
        int[] signature = new int[seeds.length];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (mix(shingle ^ seeds[i]) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) a.length;
    }

    /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
