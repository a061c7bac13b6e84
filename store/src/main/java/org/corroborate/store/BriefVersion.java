package org.corroborate.store;

import java.util.Objects;

/** One stored brief of a story: its version (1, 2, ...), when it was made, over how many articles, and the brief. */
public record BriefVersion(long story, int version, long created, int articles, String json, String html) {
    public BriefVersion {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(html, "html");
    }
}
