package org.corroborate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.clean.BoilerplateKind;
import org.corroborate.clean.RemovedBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page (or an HTML fragment from a feed or a JSON line) into an article's text and metadata: the main
 * content block chosen by paragraph density, its paragraphs one per line, photo captions set aside as removed
 * blocks, embedded social posts kept as text with their attribution line; title, byline, published date and site
 * name from meta tags and JSON-LD ({@code NewsArticle} and its kin). Thread-safe: it holds no state.
 */
final class HtmlPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "br", "tr", "table", "figure", "header",
            "footer", "dd", "dt", "hr");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "webpage",
            "liveblogposting");
    private static final String CHROME = "script, style, noscript, template, nav, aside, body > footer, body > header, form, iframe, svg, "
            + "button, input, select, textarea, [aria-hidden=true], [hidden], .advertisement, .ad, .ads, .share, "
            + ".social-share, .newsletter, .related, .comments";

    /** What a page yields. */
    record Page(Optional<String> title, Optional<String> byline, Optional<Published> published,
                Optional<String> siteName, Optional<String> url, String text, List<RemovedBlock> removed,
                List<String> warnings) {
    }

    private HtmlPages() {
    }

    static Page read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        return read(doc);
    }

    static Page read(Document doc) {
        List<String> warnings = new ArrayList<>();
        JsonNode ld = findArticleJsonLd(doc, warnings);
        Optional<String> title = firstNonBlank(
                meta(doc, "og:title"), meta(doc, "twitter:title"), ldText(ld, "headline"),
                text(doc.selectFirst("h1")), Optional.of(doc.title()));
        Optional<String> siteName = firstNonBlank(meta(doc, "og:site_name"), ldPublisher(ld),
                meta(doc, "application-name"));
        Optional<String> byline = firstNonBlank(ldAuthor(ld), meta(doc, "author"),
                meta(doc, "article:author").filter(a -> !a.startsWith("http")),
                text(doc.selectFirst("[rel=author]")), text(doc.selectFirst(".byline, [itemprop=author]")));
        Optional<Published> published = firstNonBlank(meta(doc, "article:published_time"),
                ldText(ld, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), attr(doc.selectFirst("[itemprop=datePublished]"),
                        "content"), attr(doc.selectFirst("time[datetime]"), "datetime"))
                .flatMap(Published::parse);
        Optional<String> url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"),
                meta(doc, "og:url"), ldText(ld, "url"));

        List<RemovedBlock> removed = new ArrayList<>();
        Element body = doc.body();
        body.select(CHROME).remove();
        for (Element caption : body.select("figcaption, .caption, [class*=image-caption], [class*=photo-credit]")) {
            String text = normalizeSpace(caption.text());
            if (!text.isEmpty()) {
                removed.add(new RemovedBlock(BoilerplateKind.PHOTO_CAPTION, text));
            }
            caption.remove();
        }
        Element root = contentRoot(doc);
        root.select("h1").remove(); // the headline is the title, not a paragraph of the body
        return new Page(title.map(HtmlPages::normalizeSpace), byline.map(HtmlPages::normalizeSpace), published,
                siteName.map(HtmlPages::normalizeSpace), url, blockText(root), removed, warnings);
    }

    /** The text of an HTML fragment with one line per block element. */
    static String fragmentText(String html) {
        return blockText(Jsoup.parseBodyFragment(html).body());
    }

    /**
     * The element holding the article: {@code articleBody} markup, a single {@code <article>}, else the element
     * whose direct paragraphs hold the most text.
     */
    private static Element contentRoot(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody], .article-body, .story-body, .entry-content");
        if (marked != null && marked.text().length() > 200) {
            return marked;
        }
        Elements articles = doc.select("article");
        if (articles.size() == 1 && articles.first().text().length() > 200) {
            return articles.first();
        }
        Element best = null;
        int bestScore = 0;
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.tagName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best == null || bestScore < 100 ? doc.body() : best;
    }

    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    out.append(((TextNode) node).text());
                } else if (node instanceof Element && BLOCK_TAGS.contains(((Element) node).normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && BLOCK_TAGS.contains(((Element) node).normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String clean = normalizeSpace(line);
            if (!clean.isEmpty()) {
                text.append(clean).append('\n');
            }
        }
        return text.toString();
    }

    static String normalizeSpace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private static Optional<String> meta(Document doc, String name) {
        for (Element meta : doc.select("meta[property], meta[name], meta[itemprop]")) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return Optional.of(meta.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element element) {
        return element == null ? Optional.empty() : Optional.of(element.text());
    }

    private static Optional<String> attr(Element element, String name) {
        return element == null ? Optional.empty() : Optional.of(element.attr(name));
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isBlank()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static JsonNode findArticleJsonLd(Document doc, List<String> warnings) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticleNode(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException e) {
                warnings.add("ignored malformed JSON-LD block: " + firstLine(e.getMessage()));
            }
        }
        return null;
    }

    private static JsonNode findArticleNode(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticleNode(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : JSON.createArrayNode().add(type)) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))
                        && !t.asText().equalsIgnoreCase("WebPage")) {
                    return node;
                }
            }
        }
        return findArticleNode(node.get("@graph"));
    }

    private static Optional<String> ldText(JsonNode ld, String field) {
        if (ld == null || ld.get(field) == null) {
            return Optional.empty();
        }
        JsonNode value = ld.get(field);
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        if (value.isObject() && value.get("@id") != null) {
            return Optional.of(value.get("@id").asText());
        }
        return Optional.empty();
    }

    private static Optional<String> ldPublisher(JsonNode ld) {
        if (ld == null || ld.get("publisher") == null) {
            return Optional.empty();
        }
        JsonNode publisher = ld.get("publisher");
        if (publisher.isArray() && publisher.size() > 0) {
            publisher = publisher.get(0);
        }
        return publisher.isTextual() ? Optional.of(publisher.asText())
                : Optional.ofNullable(publisher.get("name")).map(JsonNode::asText);
    }

    private static Optional<String> ldAuthor(JsonNode ld) {
        if (ld == null || ld.get("author") == null) {
            return Optional.empty();
        }
        JsonNode author = ld.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : JSON.createArrayNode().add(author)) {
            if (a.isTextual()) {
                names.add(a.asText());
            } else if (a.get("name") != null) {
                names.add(a.get("name").asText());
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
