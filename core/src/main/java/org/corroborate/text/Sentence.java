package org.corroborate.text;

import java.util.List;

/** A sentence: character offsets into the cleaned text (end exclusive) and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
        tokens = List.copyOf(tokens);
    }

    public String text(String cleanedText) {
        return cleanedText.substring(start, end);
    }
}
