package org.corroborate.ingest;

/**
 * Limits for reading.
 *
 * @param maxArticleBytes the largest single article (a text or HTML file, one JSON line); larger ones are rejected
 * @param maxFeedBytes the largest feed file (feeds are parsed whole)
 */
public record ReaderConfig(long maxArticleBytes, long maxFeedBytes) {
    public static final ReaderConfig DEFAULTS = new ReaderConfig(8L << 20, 256L << 20);

    public ReaderConfig {
        if (maxArticleBytes < 1 || maxFeedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ReaderConfig withMaxArticleBytes(long bytes) {
        return new ReaderConfig(bytes, maxFeedBytes);
    }
}
