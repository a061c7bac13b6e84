package org.corroborate.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.quantity.Quantity;
import org.corroborate.extract.quote.Quote;
import org.corroborate.extract.time.ReferenceDate;
import org.corroborate.extract.time.TimeExpression;

/**
 * What extraction found in one article, every span with offsets into the cleaned text.
 *
 * @param reference the date relative time expressions were resolved against, when one is known or inferred
 */
public record Extraction(Optional<ReferenceDate> reference, List<EntityMention> entities, List<Quote> quotes,
                         List<Quantity> quantities, List<TimeExpression> times) {
    public static final Extraction NONE = new Extraction(Optional.empty(), List.of(), List.of(), List.of(), List.of());

    public Extraction {
        Objects.requireNonNull(reference, "reference");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
    }

    public Extraction withEntitiesAndQuotes(List<EntityMention> newEntities, List<Quote> newQuotes) {
        return new Extraction(reference, newEntities, newQuotes, quantities, times);
    }
}
