package org.corroborate.clean;

import java.util.Objects;
import java.util.Optional;

/**
 * A social-media post embedded in an article, kept in the cleaned text as a quote of its author.
 *
 * @param start offset of the post's first character in the cleaned text
 * @param end offset just past its last character
 * @param author the author's name as the attribution line gives it
 * @param handle the account, e.g. {@code @narendramodi}
 * @param date the date as the attribution line writes it, if it gives one
 */
public record EmbeddedPost(int start, int end, String author, String handle, Optional<String> date) {
    public EmbeddedPost {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(date, "date");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
