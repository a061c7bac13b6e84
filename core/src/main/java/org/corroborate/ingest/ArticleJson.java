package org.corroborate.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An article as one line of JSON in the input schema (docs/input-jsonl.md), so that any input (text, HTML, feeds,
 * CSV) can be sent to a server or stored and read again. The body is the text readers made of it; blocks a reader
 * dropped (an HTML page's captions) go along as {@code removed}, so the analysis shows them as it would have from the
 * file. Thread-safe.
 */
public final class ArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    public static String line(Article article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        article.source().filter(s -> s.basis() != Source.Basis.URL).ifPresent(s -> node.put("source", s.name()));
        article.url().ifPresent(u -> node.put("url", u));
        article.title().ifPresent(t -> node.put("title", t));
        article.published().ifPresent(p -> node.put("published", p.iso()));
        article.byline().ifPresent(b -> node.put("author", b));
        if (!article.body().isEmpty()) {
            node.put("text", article.body());
        }
        // what the reader dropped (an HTML page's captions) goes along, so that a server shows what analyze shows
        if (!article.removedAtIngest().isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode removed = node.putArray("removed");
            for (org.corroborate.clean.RemovedBlock block : article.removedAtIngest()) {
                removed.addObject().put("kind", block.kind().label()).put("text", block.text());
            }
        }
        return node.toString();
    }
}
