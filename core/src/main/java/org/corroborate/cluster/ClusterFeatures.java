package org.corroborate.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What story clustering needs of an article: when it was published, the stemmed terms of its title and lead, the
 * canonical names of its entities, the article it duplicates, if any, and a dense embedding of its title and lead
 * when an embedder is at hand. An article of unknown time is not weighed by time.
 *
 * @param time milliseconds since 1970 UTC, 0 when unknown
 */
public record ClusterFeatures(String id, long time, List<String> titleTerms, List<String> leadTerms,
                              List<String> entities, Optional<String> duplicateOf, Optional<float[]> embedding) {
    public ClusterFeatures {
        Objects.requireNonNull(id, "id");
        titleTerms = List.copyOf(titleTerms);
        leadTerms = List.copyOf(leadTerms);
        entities = List.copyOf(entities);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(embedding, "embedding");
    }

    /** The same features with a dense embedding of the title and lead. */
    public ClusterFeatures withEmbedding(float[] vector) {
        return new ClusterFeatures(id, time, titleTerms, leadTerms, entities, duplicateOf, Optional.of(vector));
    }
}
