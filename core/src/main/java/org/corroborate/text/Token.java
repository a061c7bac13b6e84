package org.corroborate.text;

/** A token: character offsets into the cleaned text, end exclusive. */
public record Token(int start, int end) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span " + start + ".." + end);
        }
    }

    public String text(String cleanedText) {
        return cleanedText.substring(start, end);
    }
}
