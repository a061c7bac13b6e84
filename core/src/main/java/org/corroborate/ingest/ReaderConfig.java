package org.corroborate.ingest;

/**
 * Limits for reading. JSON Lines and feeds stream, so only single articles are limited.
 *
 * @param maxArticleBytes the largest single article (a text or HTML file, one JSON line); larger ones are rejected
 */
public record ReaderConfig(long maxArticleBytes) {
    public static final ReaderConfig DEFAULTS = new ReaderConfig(8L << 20);

    public ReaderConfig {
        if (maxArticleBytes < 1) {
            throw new IllegalArgumentException("maxArticleBytes must be positive");
        }
    }

    public ReaderConfig withMaxArticleBytes(long bytes) {
        return new ReaderConfig(bytes);
    }
}
