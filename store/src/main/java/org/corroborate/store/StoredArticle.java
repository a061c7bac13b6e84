package org.corroborate.store;

import java.util.Objects;
import java.util.Optional;

/**
 * An article as the store keeps it: what identifies and lists it, the input it came as (JSON, so it can be analysed
 * again), its analysis (the JSON {@code analyze} prints) and its clustering profile (JSON).
 *
 * @param seq the order of arrival, from 1; a restart replays profiles in this order
 * @param story the story it is in now
 * @param published ISO-8601 publication time or date, when the input gives one
 * @param contentHash SHA-256 of the input's text, hex: the same URL with the same content is stored once
 * @param received when the server stored it, milliseconds since 1970
 */
public record StoredArticle(String id, long seq, long story, String source, Optional<String> url,
                            Optional<String> title, Optional<String> published, String contentHash,
                            Optional<String> duplicateOf, long received, String input, String analysis,
                            String profile) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(profile, "profile");
    }

    public StoredArticle withStory(long newStory) {
        return new StoredArticle(id, seq, newStory, source, url, title, published, contentHash, duplicateOf, received,
                input, analysis, profile);
    }
}
