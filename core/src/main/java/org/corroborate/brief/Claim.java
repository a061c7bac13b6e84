package org.corroborate.brief;

import java.util.Set;

/**
 * What a statement asserts, in the parts two statements must agree on to back each other: the people,
 * organisations and places it names (and those of the sentence before it, where a pronoun points), its figures
 * and dates, its polarity and modality, the qualifiers that change a claim ("first", "only", "since"), and its
 * content-word stems.
 */
record Claim(Set<String> entities, Set<String> contextEntities, Set<String> figures, Set<String> dates,
             boolean negated, Modality modality, Set<String> qualifiers, Set<String> stems,
             Set<String> articleValues) {
    Claim {
        entities = Set.copyOf(entities);
        contextEntities = Set.copyOf(contextEntities);
        figures = Set.copyOf(figures);
        dates = Set.copyOf(dates);
        qualifiers = Set.copyOf(qualifiers);
        stems = Set.copyOf(stems);
        articleValues = Set.copyOf(articleValues);
    }

    Claim(Set<String> entities, Set<String> contextEntities, Set<String> figures, Set<String> dates,
          boolean negated, Modality modality, Set<String> qualifiers, Set<String> stems) {
        this(entities, contextEntities, figures, dates, negated, modality, qualifiers, stems, values(figures));
    }

    /** The same claim, from an article that gives {@code all} these figures ("unit:hundredths") somewhere. */
    Claim withArticleFigures(Set<String> all) {
        java.util.Set<String> union = new java.util.HashSet<>(values(all));
        union.addAll(values(figures));
        return new Claim(entities, contextEntities, figures, dates, negated, modality, qualifiers, stems, union);
    }

    /** The value of a figure "unit:hundredths", without its unit: what sources word alike. */
    static String value(String figure) {
        return figure.substring(figure.lastIndexOf(':') + 1);
    }

    private static Set<String> values(Set<String> figures) {
        java.util.Set<String> values = new java.util.HashSet<>();
        figures.forEach(f -> values.add(value(f)));
        return values;
    }
}
