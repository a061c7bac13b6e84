package org.corroborate.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A feed the server polls.
 *
 * @param everySeconds how often it is polled
 * @param etag and {@code lastModified}: the validators of its last answer, sent back for a conditional GET
 * @param lastPolled when it was last polled (0: never)
 * @param lastStatus what the last poll gave ("200: 12 items, 3 new", "304: not modified", or the error)
 * @param articles how many articles it has added in all
 */
public record Feed(long id, String url, long everySeconds, Optional<String> etag, Optional<String> lastModified,
                   long created, long lastPolled, Optional<String> lastStatus, long articles) {
    public Feed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(lastStatus, "lastStatus");
    }
}
