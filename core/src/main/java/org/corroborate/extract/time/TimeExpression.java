package org.corroborate.extract.time;

import java.util.Objects;

/**
 * A time expression with its TimeML TIMEX3 value: {@code 2025-01-27}, {@code 2025-02}, {@code 2025},
 * {@code 2025-W04}, {@code 2025-01-28T17:00}, {@code 2025-01-27TEV}, {@code P6W}, {@code P1D}; a span of years is an
 * ISO-8601 interval ({@code 2017/2021}). Values that cannot be resolved (no reference date) keep X placeholders.
 *
 * @param inferred true when the value rests on a publication date that was inferred, not given
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value, boolean inferred) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
