package org.corroborate.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the vectors of the latest texts it embedded, so a text is embedded once however often it is asked for.
 * A server rebuilds a story's brief each time the story grows, and every rebuild asks for the vectors of every
 * statement of the story again: without this, the cost of a rebuild grows with the story, not with what is new.
 * Misses are embedded in one batch. Least recently used texts leave first once {@code capacity} are held (a vector
 * of 384 floats and its text take about 2 KB; texts over {@value #LONGEST} characters are never kept). Thread-safe.
 */
public final class CachingEmbedder implements Embedder {
    /** Longer texts are embedded but not kept, so the memory a cache holds stays bounded by its capacity. */
    static final int LONGEST = 2_000;
    private final Embedder embedder;
    private final Map<String, float[]> vectors;
    private long hits;
    private long misses;

    public CachingEmbedder(Embedder embedder, int capacity) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.vectors = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        float[][] found = new float[texts.size()][];
        Map<String, List<Integer>> missing = new LinkedHashMap<>(); // a text asked twice is embedded once
        synchronized (vectors) {
            for (int i = 0; i < texts.size(); i++) {
                found[i] = vectors.get(texts.get(i));
                if (found[i] == null) {
                    missing.computeIfAbsent(texts.get(i), t -> new ArrayList<>()).add(i);
                } else {
                    hits++;
                }
            }
            misses += missing.size();
        }
        if (!missing.isEmpty()) {
            List<String> batch = new ArrayList<>(missing.keySet());
            List<float[]> embedded = embedder.embed(batch); // outside the lock: other threads may read meanwhile
            synchronized (vectors) {
                for (int k = 0; k < batch.size(); k++) {
                    if (batch.get(k).length() <= LONGEST) {
                        vectors.put(batch.get(k), embedded.get(k));
                    }
                    for (int i : missing.get(batch.get(k))) {
                        found[i] = embedded.get(k);
                    }
                }
            }
        }
        return List.of(found);
    }

    @Override
    public int dimensions() {
        return embedder.dimensions();
    }

    /** How many texts were answered from memory, and how many distinct texts were embedded, since this was made. */
    public long[] counts() {
        synchronized (vectors) {
            return new long[] {hits, misses};
        }
    }
}
