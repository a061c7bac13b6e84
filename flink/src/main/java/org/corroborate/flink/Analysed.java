package org.corroborate.flink;

import java.util.Optional;

/**
 * One analysed article on its way to clustering: what the store keeps of it, its clustering profile, and the parts
 * of its duplicate fingerprint. Nullable fields are absent values (Flink's POJO serialiser carries no Optional);
 * {@link #placeholder} stands for an input line that gave no article, so numbering never waits for it.
 *
 * @param seq the order of reading; clustering takes articles in this order
 * @param time the profile's time, the order of publication clustering sorts by
 * @param duplicateOf the earlier article this one copies, set by {@link StoryAssigner}
 */
public record Analysed(long seq, String id, long time, String input, String analysis, String profile, String title,
                       String source, String url, String published, String contentHash, long exactHash,
                       int[] signature, int shingles, String duplicateOf) {
    static Analysed placeholder(long seq) {
        return new Analysed(seq, null, 0, null, null, null, null, null, null, null, null, 0, new int[0], 0, null);
    }

    boolean isPlaceholder() {
        return id == null;
    }

    Optional<String> original() {
        return Optional.ofNullable(duplicateOf);
    }

    Analysed withDuplicateOf(String original) {
        return new Analysed(seq, id, time, input, analysis, profile, title, source, url, published, contentHash,
                exactHash, signature, shingles, original);
    }
}
