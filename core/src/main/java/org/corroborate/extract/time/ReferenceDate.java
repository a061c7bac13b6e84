package org.corroborate.extract.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an article's relative time expressions are resolved against: its publication date, or one inferred.
 */
public record ReferenceDate(LocalDate date, Basis basis) {
    /** Where the date comes from. */
    public enum Basis {
        PUBLISHED("published"), LATEST_DATE_IN_TEXT("latest date in the text"),
        OTHER_ARTICLES("other articles of the input");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReferenceDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
    }

    public boolean inferred() {
        return basis != Basis.PUBLISHED;
    }
}
