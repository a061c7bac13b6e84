package org.corroborate.dedupe;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds exact and near-duplicate articles (a wire story republished with small edits, the same article read twice)
 * among those registered so far, so one report is never counted as two sources. MinHash signatures of word
 * 4-shingles with LSH banding (32 bands of 3 rows: a pair at Jaccard 0.6 is a candidate with probability 0.9996)
 * find candidates without comparing against every article; a candidate is a duplicate when its estimated Jaccard
 * similarity reaches the threshold, or when one text is almost wholly contained in the other (a shortened copy).
 * Texts too short for shingles to mean much (headlines) must match exactly.
 *
 * <p>Memory is bounded and compact: the most recent {@code capacity} articles live in a ring of primitive arrays,
 * and the band keys in one open-addressing table of ints (about 0.8 KB an article in all), so an endless stream
 * levels off instead of growing. Not thread-safe: register in input order from one thread, so "the original" is the
 * first one seen; {@link #fingerprint} is thread-safe.
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
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be positive");
            }
        }
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

        /**
         * A fingerprint made again from its parts, as {@link #exactHash}, {@link #signature} and {@link #shingles}
         * gave them: how a checkpoint that holds no objects (a Flink job's state) keeps what was registered.
         */
        public static Fingerprint of(long exactHash, int[] signature, int shingles) {
            Objects.requireNonNull(signature, "signature");
            return new Fingerprint(exactHash, signature.length == 0 ? null : signature.clone(), shingles);
        }

        /** The hash of the whole text's words (an exact copy has the same). */
        public long exactHash() {
            return exact;
        }

        /** The MinHash signature; empty for a text too short for near-duplicates. */
        public int[] signature() {
            return signature == null ? new int[0] : signature.clone();
        }

        /** How many shingles the text had (0 for a text too short for near-duplicates). */
        public int shingles() {
            return shingles;
        }
    }

    private static final long EXACT_BAND = 0x7F4A7C15_9E3779B9L;
    private final Config config;
    private final MinHash minHash;
    // The ring of remembered articles; slot = sequence number modulo capacity.
    private final String[] roots;
    private final long[] exactHashes;
    private final int[][] signatures;
    private final int[] shingleCounts;
    private long registered;
    private final BandTable table;

    public DuplicateDetector(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.minHash = new MinHash(config.hashes(), config.shingleWords(), 0x5eed_c0bb_0ba7eL);
        this.roots = new String[config.capacity()];
        this.exactHashes = new long[config.capacity()];
        this.signatures = new int[config.capacity()][];
        this.shingleCounts = new int[config.capacity()];
        this.table = new BandTable((long) config.capacity() * (config.bands() + 1));
    }

    public DuplicateDetector() {
        this(Config.DEFAULTS);
    }

    /** The text's fingerprint. Thread-safe. */
    public Fingerprint fingerprint(String text) {
        MinHash.Words words = MinHash.words(text);
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
        Objects.requireNonNull(id, "id");
        String original = findOriginal(fingerprint);
        int slot = (int) (registered % config.capacity());
        if (registered >= config.capacity()) {
            forget(slot);
        }
        registered++;
        roots[slot] = original == null ? id : original;
        exactHashes[slot] = fingerprint.exact;
        signatures[slot] = fingerprint.signature;
        shingleCounts[slot] = fingerprint.shingles;
        table.add(exactKey(fingerprint.exact), slot);
        if (fingerprint.signature != null) {
            for (long key : bandKeys(fingerprint.signature)) {
                table.add(key, slot);
            }
        }
        return Optional.ofNullable(original);
    }

    private String findOriginal(Fingerprint fingerprint) {
        int[] same = {-1};
        table.forEach(exactKey(fingerprint.exact), slot -> {
            if (same[0] < 0 && exactHashes[slot] == fingerprint.exact) {
                same[0] = slot;
            }
        });
        if (same[0] >= 0) {
            return roots[same[0]];
        }
        if (fingerprint.signature == null) {
            return null;
        }
        int[] best = {-1};
        double[] bestScore = {0};
        for (long key : bandKeys(fingerprint.signature)) {
            table.forEach(key, slot -> {
                if (signatures[slot] == null || slot == best[0]) {
                    return;
                }
                double jaccard = MinHash.similarity(fingerprint.signature, signatures[slot]);
                double intersection = jaccard * (fingerprint.shingles + shingleCounts[slot]) / (1 + jaccard);
                double containment = intersection / Math.min(fingerprint.shingles, shingleCounts[slot]);
                double score = Math.max(jaccard, containment);
                boolean duplicate = jaccard >= config.jaccard() || containment >= config.containment();
                if (duplicate && (score > bestScore[0] || (score == bestScore[0] && isOlder(slot, best[0])))) {
                    best[0] = slot;
                    bestScore[0] = score;
                }
            });
        }
        return best[0] < 0 ? null : roots[best[0]];
    }

    /** Whether the slot holds an earlier article than the other slot (ties go to the earlier original). */
    private boolean isOlder(int slot, int other) {
        if (other < 0) {
            return true;
        }
        int capacity = config.capacity();
        int newest = (int) ((registered - 1) % capacity);
        return Math.floorMod(newest - slot, capacity) > Math.floorMod(newest - other, capacity);
    }

    private void forget(int slot) {
        table.remove(exactKey(exactHashes[slot]), slot);
        if (signatures[slot] != null) {
            for (long key : bandKeys(signatures[slot])) {
                table.remove(key, slot);
            }
        }
        roots[slot] = null;
        signatures[slot] = null;
    }

    private static long exactKey(long exact) {
        return MinHash.mix(exact ^ EXACT_BAND);
    }

    private long[] bandKeys(int[] signature) {
        int rows = config.hashes() / config.bands();
        long[] keys = new long[config.bands()];
        for (int band = 0; band < config.bands(); band++) {
            long h = (band + 1) * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < rows; r++) {
                h = MinHash.mix(h ^ signature[band * rows + r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    private static long exactHash(MinHash.Words words) {
        long h = 0x84222325cbf29ceL;
        for (int j = 0; j < words.size(); j++) {
            h = MinHash.mix(h ^ words.hash(j)) + words.length(j);
        }
        return h;
    }

    /**
     * A multimap from band keys to slot numbers in open addressing with linear probing: two int arrays, no objects
     * per entry. Keys are folded to 32 bits: a rare false match only costs one signature comparison. Removal shifts
     * later entries back (Knuth's algorithm R), so there are no tombstones and no rebuilds in the steady state; the
     * table grows only until it holds {@code maxEntries} at a load of 0.7.
     */
    private static final class BandTable {
        private final long maxSize;
        private int[] keys = new int[1 << 12];
        private int[] values = new int[1 << 12]; // slot + 1; 0 empty
        private int size;

        BandTable(long maxEntries) {
            this.maxSize = (long) Math.ceil(maxEntries / 0.7) + 1;
        }

        interface SlotConsumer {
            void accept(int slot);
        }

        private int home(int key, int length) {
            return (int) (((MinHash.mix(key) >>> 32) * length) >>> 32);
        }

        void add(long longKey, int slot) {
            if ((size + 1) > keys.length * 0.7 && keys.length < maxSize) {
                grow();
            }
            int key = fold(longKey);
            int i = home(key, keys.length);
            while (values[i] != 0) {
                i = i + 1 == keys.length ? 0 : i + 1;
            }
            keys[i] = key;
            values[i] = slot + 1;
            size++;
        }

        void forEach(long longKey, SlotConsumer consumer) {
            int key = fold(longKey);
            int i = home(key, keys.length);
            while (values[i] != 0) {
                if (keys[i] == key) {
                    consumer.accept(values[i] - 1);
                }
                i = i + 1 == keys.length ? 0 : i + 1;
            }
        }

        void remove(long longKey, int slot) {
            int key = fold(longKey);
            int length = keys.length;
            int i = home(key, length);
            while (values[i] != 0 && !(keys[i] == key && values[i] == slot + 1)) {
                i = i + 1 == length ? 0 : i + 1;
            }
            if (values[i] == 0) {
                return;
            }
            size--;
            // Shift back every later entry of the run that may move into the hole.
            int hole = i;
            int j = i;
            while (true) {
                j = j + 1 == length ? 0 : j + 1;
                if (values[j] == 0) {
                    break;
                }
                int h = home(keys[j], length);
                boolean movable = hole <= j ? (h <= hole || h > j) : (h <= hole && h > j);
                if (movable) {
                    keys[hole] = keys[j];
                    values[hole] = values[j];
                    hole = j;
                }
            }
            values[hole] = 0;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            int length = (int) Math.min(maxSize, (long) oldKeys.length * 2);
            keys = new int[length];
            values = new int[length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != 0) {
                    int k = oldKeys[i];
                    int j = home(k, length);
                    while (values[j] != 0) {
                        j = j + 1 == length ? 0 : j + 1;
                    }
                    keys[j] = k;
                    values[j] = oldValues[i];
                    size++;
                }
            }
        }

        private static int fold(long key) {
            return (int) (key ^ (key >>> 32));
        }
    }
}
