package org.corroborate.text;

import java.util.Objects;

/**
 * A token: character offsets into the cleaned text (end exclusive) and its Universal Dependencies part of speech
 * ({@code PROPN}, {@code NOUN}, {@code VERB}, ...), or {@code "_"} before tagging.
 */
public record Token(int start, int end, String pos) {
    public static final String UNTAGGED = "_";

    public Token {
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span " + start + ".." + end);
        }
    }

    public Token(int start, int end) {
        this(start, end, UNTAGGED);
    }

    public String text(String cleanedText) {
        return cleanedText.substring(start, end);
    }

    public Token withPos(String newPos) {
        return new Token(start, end, newPos);
    }
}
