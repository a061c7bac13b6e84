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
                 boolean selfContained, Claim claim, java.util.Optional<Clause> core) {
    /**
     * The main clause of a sentence that ends in a participle phrase ("The White House called the talks productive,
     * highlighting trade"), as a sentence of its own with what it claims: a source may state it without the phrase.
     */
    record Clause(String text, Claim claim) {
        Clause {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(claim, "claim");
        }

        int words() {
            return text.split("\\s+").length;
        }
    }

    Statement(String article, String root, int start, int end, String text, boolean inTitle, int position,
              boolean selfContained, Claim claim) {
        this(article, root, start, end, text, inTitle, position, selfContained, claim, java.util.Optional.empty());
    }

    Statement {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(core, "core");
    }

    Evidence evidence() {
        return new Evidence(article, start, end, text, inTitle);
    }

    int words() {
        return text.split("\\s+").length;
    }
}
