package org.corroborate.extract.quote;

import java.util.Objects;
import java.util.Optional;

/**
 * A quote: the quoted words (without their quote marks) with offsets into the cleaned text, how it appears, and its
 * speaker's canonical name, empty when the text does not say who spoke.
 */
public record Quote(int start, int end, String text, QuoteKind kind, Optional<String> speaker) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Quote withSpeaker(Optional<String> newSpeaker) {
        return new Quote(start, end, text, kind, newSpeaker);
    }
}
