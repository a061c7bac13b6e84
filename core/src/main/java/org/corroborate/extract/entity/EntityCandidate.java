package org.corroborate.extract.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * A name found in one article before the names of all articles are resolved together: its span, the name without
 * title or honorific, the type if the article alone tells it, and the clues the resolver needs.
 *
 * @param possessive the name is followed by "'s" ("Trump's criticism")
 * @param placeContext it follows "in", "at" or "from", as places do
 */
public record EntityCandidate(int start, int end, String text, String name, Optional<EntityType> type,
                              String title, boolean possessive, boolean placeContext) {
    public EntityCandidate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
    }
}
