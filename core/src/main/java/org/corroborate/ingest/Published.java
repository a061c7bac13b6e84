package org.corroborate.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: always a calendar date, and the instant too when the input gave a time of day.
 */
public record Published(LocalDate date, Optional<OffsetDateTime> dateTime) {
    public Published {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateTime, "dateTime");
    }

    public static Published ofDate(LocalDate date) {
        return new Published(date, Optional.empty());
    }

    public static Published of(OffsetDateTime dateTime) {
        return new Published(dateTime.toLocalDate(), Optional.of(dateTime));
    }

    public static Published of(Date date) {
        return of(date.toInstant().atOffset(ZoneOffset.UTC));
    }

    /**
     * Parses an ISO-8601 date ({@code 2025-01-28}) or date-time ({@code 2025-01-28T09:30:00Z}, with or without an
     * offset; without one it is read as UTC), or an RFC 1123 date as feeds and HTTP headers write them.
     */
    public static Optional<Published> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                return Optional.of(ofDate(LocalDate.parse(text)));
            }
        } catch (DateTimeParseException ignored) {
            // fall through to the other forms
        }
        try {
            return Optional.of(of(OffsetDateTime.parse(text)));
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(of(ZonedDateTime.parse(text).toOffsetDateTime()));
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC)));
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()));
        } catch (DateTimeParseException ignored) {
            // not a form we read
        }
        if (text.length() > 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return Optional.of(ofDate(LocalDate.parse(text.substring(0, 10))));
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** ISO-8601: the date-time when known, else the date. */
    public String iso() {
        return dateTime.map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElseGet(date::toString);
    }

    @Override
    public String toString() {
        return iso();
    }
}
