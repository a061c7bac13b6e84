package org.corroborate.brief;

import java.util.Set;

/**
 * What a statement asserts, in the parts two statements must agree on to back each other: the people,
 * organisations and places it names (and those of the sentence before it, where a pronoun points), its figures
 * and dates, its polarity and modality, the qualifiers that change a claim ("first", "only", "since"), and its
 * content-word stems.
 */
record Claim(Set<String> entities, Set<String> contextEntities, Set<String> figures, Set<String> dates,
             boolean negated, Modality modality, Set<String> qualifiers, Set<String> stems) {
    Claim {
        entities = Set.copyOf(entities);
        contextEntities = Set.copyOf(contextEntities);
        figures = Set.copyOf(figures);
        dates = Set.copyOf(dates);
        qualifiers = Set.copyOf(qualifiers);
        stems = Set.copyOf(stems);
    }
}
