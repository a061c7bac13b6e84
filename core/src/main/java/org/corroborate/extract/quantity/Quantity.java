package org.corroborate.extract.quantity;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure in the text, normalised: {@code $118 billion} is value 1.18E11, unit {@code USD}; {@code 18,000 Indian
 * migrants} is 18000 {@code people}; {@code 2.5%} is 2.5 {@code percent}.
 *
 * @param unit a currency code, {@code percent}, {@code people}, a measure ({@code km}, {@code kg}), {@code fraction},
 *     {@code no. stage} for a number that names ("stage 13"), or the counted noun itself ({@code vehicles}) when it
 *     is none of these
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

    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Z]{3}");
    private static final java.util.Set<String> MEASURES = java.util.Set.of("percent", "people", "km", "mi", "cm", "m",
            "kg", "t", "km/h", "mi/h");

    /**
     * Whether a reader checks it across sources: ten or more of anything, and any number of people, percent, a
     * measure or money ("three people died" against "seven"; "4 tonnes" against "40"), but not "two leaders".
     */
    public boolean checkable() {
        return !unit.equals("count") && !names()
                && (value >= 10 || MEASURES.contains(unit) || CURRENCY.matcher(unit).matches());
    }

    /** Whether it names or ranks something instead of counting it: "stage 13", unit "no. stage". */
    public boolean names() {
        return unit.startsWith(QuantityExtractor.NUMBERED);
    }
}
