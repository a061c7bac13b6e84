package org.corroborate.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What archive clustering compares of an article: stemmed terms of its title, lead and body, its people, places and
 * organisations (canonical, each as "TYPE:name"), the days and figures its text states, its time, and the
 * embedding of its title and lead when an embedder is at hand.
 *
 * @param time milliseconds since 1970 UTC, 0 when unknown
 * @param published whether {@code time} is the publication time the input gives (else it is the latest day the text
 *     states, or 0): only publication times move a stream's clock
 */
public record ArticleProfile(String id, long time, boolean published, List<String> titleTerms, List<String> leadTerms,
                             List<String> bodyTerms, Set<String> entities, Set<String> dates, Set<String> figures,
                             Optional<String> duplicateOf, Optional<float[]> embedding) {
    public ArticleProfile {
        Objects.requireNonNull(id, "id");
        titleTerms = List.copyOf(titleTerms);
        leadTerms = List.copyOf(leadTerms);
        bodyTerms = List.copyOf(bodyTerms);
        entities = Set.copyOf(entities);
        dates = Set.copyOf(dates);
        figures = Set.copyOf(figures);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(embedding, "embedding");
    }

    public ArticleProfile withDuplicateOf(Optional<String> original) {
        return new ArticleProfile(id, time, published, titleTerms, leadTerms, bodyTerms, entities, dates, figures,
                original, embedding);
    }

    public ArticleProfile withEmbedding(float[] vector) {
        return new ArticleProfile(id, time, published, titleTerms, leadTerms, bodyTerms, entities, dates, figures, duplicateOf,
                Optional.of(vector));
    }
}
