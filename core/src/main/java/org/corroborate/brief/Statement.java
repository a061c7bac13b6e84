package org.corroborate.brief;

import java.util.Objects;

/**
 * One whole sentence of one article, as a candidate statement of the brief: its span in the article's cleaned
 * text, its place in the article, whether it reads on its own (no opening "He", "This", "But"; not a fragment of a
 * quote), and what it claims.
 *
 * @param root the article whose report this is: the article itself, or the original it copies
 * @param position the sentence's index among the article's statements (0 = lead)
 */
record Statement(String article, String root, int start, int end, String text, boolean inTitle, int position,
                 boolean selfContained, Claim claim) {
    Statement {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(claim, "claim");
    }

    Evidence evidence() {
        return new Evidence(article, start, end, text, inTitle);
    }

    int words() {
        return text.split("\\s+").length;
    }
}
