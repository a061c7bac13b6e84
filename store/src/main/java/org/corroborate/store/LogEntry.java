package org.corroborate.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one ingested line: when, where it came from ("request:3", "feed 2:5"), the article, and the
 * outcome (stored, duplicate, rejected) with its reason.
 */
public record LogEntry(long received, String origin, Optional<String> article, String outcome,
                       Optional<String> reason) {
    public LogEntry {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}
