package org.corroborate.dedupe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds exact and near-duplicate articles (a wire story republished with small edits, the same article read twice)
 * among those registered so far, so one report is never counted as two sources. MinHash signatures of word
 * 4-shingles with LSH banding (32 bands of 3 rows: a pair at Jaccard 0.6 is a candidate with probability
 * 0.9996) find candidates without comparing against every article; a candidate is a duplicate
 * when its estimated Jaccard similarity reaches the threshold, or when one text is almost wholly contained in the
 * other (a shortened copy). Texts too short for shingles to mean much (headlines) must match exactly. Memory is
 * bounded: only the most recent {@code capacity} articles are remembered. Not thread-safe: register in input order
 * from one thread, so "the original" is the first one seen; {@link #fingerprint} is thread-safe.
 */
public final class DuplicateDetector {
    /** Settings. */
    public record Config(int hashes, int bands, int shingleWords, double jaccard, double containment,
                         int minWordsForNear, int capacity) {
        public static final Config DEFAULTS = new Config(96, 32, 4, 0.6, 0.85, 25, 100_000);

        public Config {
            if (hashes % bands != 0) {
                throw new IllegalArgumentException("hashes must be a multiple of bands");
            }
        }
    }

    private record Entry(String id, String root, int[] signature, int shingles, long exact) {
    }

    private final Config config;
    private final MinHash minHash;
    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    private final Map<Long, Entry> exact = new HashMap<>();
    private final ArrayDeque<Entry> order = new ArrayDeque<>();

    public DuplicateDetector(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.minHash = new MinHash(config.hashes(), config.shingleWords(), 0x5eed_c0bb_0ba7eL);
    }

    public DuplicateDetector() {
        this(Config.DEFAULTS);
    }

    /**
     * What the detector needs to know of a text. Computing it is the costly part, and it is thread-safe, so callers
     * can fingerprint on many threads and {@link #register(String, Fingerprint) register} in order on one.
     */
    public static final class Fingerprint {
        private final long exact;
        private final int[] signature;
        private final int shingles;

        private Fingerprint(long exact, int[] signature, int shingles) {
            this.exact = exact;
            this.signature = signature;
            this.shingles = shingles;
        }
    }

    /** The text's fingerprint. Thread-safe. */
    public Fingerprint fingerprint(String text) {
        List<String> words = MinHash.words(text);
        long exactHash = exactHash(words);
        if (words.size() < config.minWordsForNear()) {
            return new Fingerprint(exactHash, null, 0);
        }
        long[] shingles = minHash.shingles(words);
        return new Fingerprint(exactHash, minHash.signature(shingles), shingles.length);
    }

    /**
     * Registers an article and returns the id of the earlier article it duplicates (the first of its group), if
     * any.
     */
    public Optional<String> register(String id, String text) {
        return register(id, fingerprint(text));
    }

    /** As {@link #register(String, String)}, with the fingerprint computed beforehand. */
    public Optional<String> register(String id, Fingerprint fingerprint) {
        long exactHash = fingerprint.exact;
        Entry same = exact.get(exactHash);
        if (same != null) {
            remember(new Entry(id, same.root(), null, 0, exactHash), null);
            return Optional.of(same.root());
        }
        if (fingerprint.signature == null) {
            remember(new Entry(id, id, null, 0, exactHash), null);
            return Optional.empty();
        }
        int shingleCount = fingerprint.shingles;
        int[] signature = fingerprint.signature;
        long[] bandKeys = bandKeys(signature);
        Entry best = null;
        double bestScore = 0;
        for (long key : bandKeys) {
            for (Entry candidate : buckets.getOrDefault(key, List.of())) {
                double jaccard = MinHash.similarity(signature, candidate.signature());
                double intersection = jaccard * (shingleCount + candidate.shingles()) / (1 + jaccard);
                double containment = intersection / Math.min(shingleCount, candidate.shingles());
                boolean duplicate = jaccard >= config.jaccard() || containment >= config.containment();
                double score = Math.max(jaccard, containment);
                if (duplicate && score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        String root = best == null ? id : best.root();
        remember(new Entry(id, root, signature, shingleCount, exactHash), bandKeys);
        return best == null ? Optional.empty() : Optional.of(root);
    }

    private void remember(Entry entry, long[] bandKeys) {
        exact.putIfAbsent(entry.exact(), entry);
        if (bandKeys != null) {
            for (long key : bandKeys) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
            }
        }
        order.addLast(entry);
        if (order.size() > config.capacity()) {
            forget(order.removeFirst());
        }
    }

    private void forget(Entry entry) {
        exact.remove(entry.exact(), entry);
        if (entry.signature() != null) {
            for (long key : bandKeys(entry.signature())) {
                List<Entry> bucket = buckets.get(key);
                if (bucket != null) {
                    bucket.remove(entry);
                    if (bucket.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
        }
    }

    private long[] bandKeys(int[] signature) {
        int rows = config.hashes() / config.bands();
        long[] keys = new long[config.bands()];
        for (int band = 0; band < config.bands(); band++) {
            long h = band * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < rows; r++) {
                h = MinHash.mix(h ^ signature[band * rows + r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    private static long exactHash(List<String> words) {
        long h = 0x84222325cbf29ceL;
        for (String word : words) {
            h = MinHash.mix(h ^ word.hashCode()) + word.length();
        }
        return h;
    }
}
