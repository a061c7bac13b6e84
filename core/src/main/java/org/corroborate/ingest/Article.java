package org.corroborate.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.clean.RemovedBlock;

/**
 * One article as read from its input, before cleaning. The body holds the article's text with one paragraph (or
 * line of the original) per line; readers of markup have already turned it into text.
 *
 * @param id the id given in the input (JSONL {@code id}, feed guid) exactly, or a stable id derived from the path
 * @param source the outlet when the input's metadata or URL says it; the cleaner may still find it in the text
 * @param removedAtIngest blocks a reader already dropped (photo captions of an HTML page, a metadata line)
 */
public record Article(
        String id,
        Origin origin,
        InputFormat format,
        Optional<Source> source,
        Optional<String> url,
        Optional<String> title,
        Optional<String> byline,
        Optional<Published> published,
        String body,
        List<RemovedBlock> removedAtIngest) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(body, "body");
        removedAtIngest = List.copyOf(removedAtIngest);
        if (id.isBlank()) {
            throw new IllegalArgumentException(origin + ": article id is blank");
        }
    }

    /** A minimal article with only an id and a body, as a library user builds one. */
    public static Article of(String id, String body) {
        return new Article(id, Origin.wholeFile(id), InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), body, List.of());
    }

    /** SHA-256 (hex) of a title and a text: what "the same content" means for ids and for storing once. */
    public static String contentHash(String title, String body) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** This article's {@link #contentHash(String, String)}. */
    public String contentHash() {
        return contentHash(title.orElse(""), body);
    }

    /** True when the input gave a title but no body, as many feeds do. */
    public boolean headlineOnly() {
        return body.isBlank() && title.isPresent();
    }

    public Article withSource(Source newSource) {
        return new Article(id, origin, format, Optional.of(newSource), url, title, byline, published, body,
                removedAtIngest);
    }

    public Article withPublished(Published newPublished) {
        return new Article(id, origin, format, source, url, title, byline, Optional.of(newPublished), body,
                removedAtIngest);
    }
}
