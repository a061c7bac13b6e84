package org.corroborate.extract.quote;

import java.util.List;
import org.corroborate.clean.EmbeddedPost;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.text.Sentence;

/** Finds quotes and their speakers. */
public final class QuoteExtractor {
    public List<Quote> extract(String text, List<Sentence> sentences, List<EntityMention> entities,
                               List<EmbeddedPost> posts) {
        return List.of();
    }
}
