package org.corroborate.clean;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.Source;

/**
 * An article with its boilerplate removed: the text every later stage's offsets point into, what was removed and
 * why, the embedded posts kept in the text, and the outlet resolved from metadata, the text or the file name.
 *
 * @param title the title, Unicode-normalised like the text
 * @param text paragraphs separated by a blank line, NFC, single spaces
 */
public record CleanedArticle(Article article, Source source, Optional<String> title, String text,
                             List<RemovedBlock> removed, List<EmbeddedPost> embeddedPosts) {
    public CleanedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        embeddedPosts = List.copyOf(embeddedPosts);
    }

    public String id() {
        return article.id();
    }
}
