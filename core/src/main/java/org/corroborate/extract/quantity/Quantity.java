package org.corroborate.extract.quantity;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure in the text, normalised: {@code $118 billion} is value 1.18E11, unit {@code USD}; {@code 18,000 Indian
 * migrants} is 18000 {@code people}; {@code 2.5%} is 2.5 {@code percent}.
 *
 * @param unit a currency code, {@code percent}, {@code people}, a measure ({@code km}, {@code kg}), {@code fraction},
 *     or the counted noun itself ({@code vehicles}) when it is none of these
 * @param counts the phrase saying what is counted, when the sentence says
 */
public record Quantity(int start, int end, String text, double value, String unit, Optional<String> counts) {
    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(counts, "counts");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
