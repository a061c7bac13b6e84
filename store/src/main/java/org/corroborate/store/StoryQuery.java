package org.corroborate.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What a story list asks for: words in the headline, stories updated within a time range, stories with an article
 * of a source, an order, and a page of at most {@link #MAX_PAGE_SIZE}.
 */
public record StoryQuery(Optional<String> words, Optional<Long> from, Optional<Long> to, Optional<String> source,
                         Order order, int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 100;

    public enum Order { NEWEST, LARGEST }

    public StoryQuery {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(order, "order");
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 1, page size from 1 to " + MAX_PAGE_SIZE);
        }
    }

    public static StoryQuery newest(int page) {
        return new StoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Order.NEWEST,
                page, 20);
    }
}
