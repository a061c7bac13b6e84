package org.corroborate.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, streamed: a StAX reader walks the feed and hands each item, alone in a
 * minimal feed of its own, to ROME, so memory stays flat however many items a feed holds. Each item is an article
 * with its guid (or link) as id, title, link, date and content or summary; items with a title but no text are
 * headline-only articles. A feed broken part-way keeps the items before the break and reports the line.
 */
final class FeedFormat {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String RSS1 = "http://purl.org/rss/1.0/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        INPUT.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        INPUT.setProperty(XMLInputFactory.IS_COALESCING, true);
        OUTPUT.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
    }

    private enum Kind { RSS2, RSS1, ATOM }

    void read(InputSource source, InputStream in, ArticleSink sink) {
        int items = 0;
        XMLEventReader reader = null;
        try {
            reader = INPUT.createXMLEventReader(in);
            Kind kind = null;
            String feedTitle = null;
            String version = "2.0";
            int depth = 0;
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isEndElement()) {
                    depth--;
                    continue;
                }
                if (!event.isStartElement()) {
                    continue;
                }
                depth++;
                StartElement start = event.asStartElement();
                String name = start.getName().getLocalPart();
                String namespace = start.getName().getNamespaceURI();
                if (kind == null) {
                    kind = rootKind(name, namespace);
                    if (kind == null) {
                        sink.problem(InputProblem.error(source.origin(), "not an RSS or Atom feed (root element <"
                                + name + ">); not read"));
                        return;
                    }
                    var v = start.getAttributeByName(new javax.xml.namespace.QName("version"));
                    version = v == null ? version : v.getValue();
                    continue;
                }
                if (name.equals("title") && feedTitle == null && depth <= 3 && items == 0) {
                    feedTitle = reader.getElementText().strip();
                    depth--;
                    continue;
                }
                if (name.equals("item") || name.equals("entry")) {
                    String item = capture(reader, start);
                    items++;
                    depth--;
                    toArticle(source, items, wrap(kind, version, feedTitle, item), sink);
                }
            }
            if (items == 0) {
                sink.problem(InputProblem.warning(source.origin(), "feed has no items"));
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            String message = e.getMessage() == null ? "unreadable XML" : e.getMessage()
                    .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            sink.problem(InputProblem.error(source.at(line), "malformed feed: " + HtmlPages.firstLine(message)
                    + (items > 0 ? "; the " + items + " items before it were read" : "; not read")));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static Kind rootKind(String name, String namespace) {
        if (name.equals("rss")) {
            return Kind.RSS2;
        }
        if (name.equals("RDF") && RDF.equals(namespace)) {
            return Kind.RSS1;
        }
        return name.equals("feed") ? Kind.ATOM : null;
    }

    /** The item's element, whole, as XML text; namespaces it uses are declared inside it. */
    private static String capture(XMLEventReader reader, StartElement start) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLEventWriter writer = OUTPUT.createXMLEventWriter(out);
        writer.add(start);
        int depth = 1;
        while (depth > 0) {
            XMLEvent event = reader.nextEvent();
            if (event.isStartElement()) {
                depth++;
            } else if (event.isEndElement()) {
                depth--;
            }
            writer.add(event);
        }
        writer.flush();
        return out.toString();
    }

    /** A feed of one item, in the dialect of the original, for ROME. */
    private static String wrap(Kind kind, String version, String title, String item) {
        String feedTitle = escape(title == null ? "" : title);
        switch (kind) {
            case ATOM:
                return "<feed xmlns=\"" + ATOM + "\"><title>" + feedTitle + "</title><id>urn:x</id>"
                        + "<updated>1970-01-01T00:00:00Z</updated>" + item + "</feed>";
            case RSS1:
                return "<rdf:RDF xmlns:rdf=\"" + RDF + "\" xmlns=\"" + RSS1 + "\"><channel rdf:about=\"urn:x\">"
                        + "<title>" + feedTitle + "</title><link>urn:x</link><description/></channel>" + item
                        + "</rdf:RDF>";
            default:
                return "<rss version=\"" + escape(version) + "\"><channel><title>" + feedTitle + "</title>"
                        + "<link>urn:x</link><description/>" + item + "</channel></rss>";
        }
    }

    private void toArticle(InputSource source, int index, String miniFeed, ArticleSink sink) {
        Origin origin = new Origin(source.name() + "#item" + index, 0);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(miniFeed));
        } catch (FeedException | IllegalArgumentException e) {
            sink.problem(InputProblem.error(origin, "unreadable feed item: " + HtmlPages.firstLine(e.getMessage())
                    + "; skipped"));
            return;
        }
        if (feed.getEntries().isEmpty()) {
            sink.problem(InputProblem.error(origin, "unreadable feed item; skipped"));
            return;
        }
        SyndEntry entry = feed.getEntries().get(0);
        InputFormat format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT)
                .startsWith("atom") ? InputFormat.ATOM : InputFormat.RSS;
        Optional<Source> feedOutlet = Optional.ofNullable(feed.getTitle()).map(HtmlPages::normalizeSpace)
                .filter(t -> !t.isEmpty()).map(t -> new Source(t, Source.Basis.METADATA));
        Optional<String> title = Optional.ofNullable(entry.getTitle()).map(HtmlPages::fragmentText)
                .map(HtmlPages::normalizeSpace).filter(t -> !t.isEmpty());
        String body = entryText(entry);
        if (title.isEmpty() && body.isBlank()) {
            sink.problem(InputProblem.error(origin, "feed item has no title and no text; skipped"));
            return;
        }
        Optional<String> link = Optional.ofNullable(entry.getLink()).filter(l -> !l.isBlank());
        // without a guid or link, an id from the item's words: the same item keeps it when a feed shifts its items
        String id = Optional.ofNullable(entry.getUri()).filter(u -> !u.isBlank())
                .or(() -> link).orElse(source.idBase() + "#" + Article.contentHash(title.orElse(""), body).substring(0, 12));
        Optional<Published> published = Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate())).map(Published::of);
        Optional<String> author = Optional.ofNullable(entry.getAuthor()).filter(a -> !a.isBlank());
        Optional<Source> outlet = feedOutlet.or(() -> link.flatMap(FormatSupport::hostSource));
        sink.article(new Article(id, origin, format, outlet, link, title, author, published, body, List.of()));
    }

    private static String entryText(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return asText(content);
            }
        }
        SyndContent description = entry.getDescription();
        return description == null || description.getValue() == null ? "" : asText(description);
    }

    private static String asText(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        String value = content.getValue();
        if (type.contains("html") || value.contains("<")) {
            return HtmlPages.fragmentText(value);
        }
        return Utf8.unixLines(value).strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
