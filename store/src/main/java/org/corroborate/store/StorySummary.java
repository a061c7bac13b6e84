package org.corroborate.store;

import java.util.Objects;

/**
 * A story as lists show it.
 *
 * @param headline the headline of its latest brief, else the title of its first article
 * @param corroborated how many facts of its latest brief two or more independent sources state
 * @param created when its first article was stored; {@code updated} when it last grew or got a brief
 * @param briefVersion its latest brief's version, 0 before the first
 */
public record StorySummary(long id, String headline, int articles, int sources, int corroborated, long created,
                           long updated, int briefVersion) {
    public StorySummary {
        Objects.requireNonNull(headline, "headline");
    }
}
