package org.corroborate.brief;

import java.util.Objects;

/**
 * Where a cited article states something: a span of its cleaned text (as {@code corroborate analyze} prints it),
 * so that {@code text.substring(start, end)} equals {@link #text()}. A headline-only article states its title:
 * then {@code inTitle} is true and the offsets are into the title.
 */
public record Evidence(String article, int start, int end, String text, boolean inTitle) {
    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end + " for " + article);
        }
    }
}
