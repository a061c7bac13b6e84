package org.corroborate.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through ROME: each item an article with its guid (or link) as id, title,
 * link, date and content or summary. Items with a title but no text are headline-only articles. ROME parses a feed
 * whole, so feeds are bounded by {@link ReaderConfig#maxFeedBytes()} rather than streamed.
 */
final class FeedFormat {

    void read(InputSource source, byte[] bytes, ArticleSink sink) {
        if (bytes == null) {
            return;
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (ParsingFeedException e) {
            int line = Math.max(0, e.getLineNumber());
            sink.problem(InputProblem.error(source.at(line), "malformed feed: "
                    + HtmlPages.firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                    + "; not read"));
            return;
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.problem(InputProblem.error(source.origin(), "not a readable RSS or Atom feed: "
                    + HtmlPages.firstLine(e.getMessage()) + "; not read"));
            return;
        }
        InputFormat format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT)
                .startsWith("atom") ? InputFormat.ATOM : InputFormat.RSS;
        Optional<Source> feedOutlet = Optional.ofNullable(feed.getTitle()).map(HtmlPages::normalizeSpace)
                .filter(t -> !t.isEmpty()).map(t -> new Source(t, Source.Basis.METADATA));
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.problem(InputProblem.warning(source.origin(), "feed has no items"));
        }
        int index = 0;
        for (SyndEntry entry : entries) {
            index++;
            Origin origin = new Origin(source.name() + "#item" + index, 0);
            Optional<String> title = Optional.ofNullable(entry.getTitle()).map(HtmlPages::fragmentText)
                    .map(HtmlPages::normalizeSpace).filter(t -> !t.isEmpty());
            String body = entryText(entry);
            if (title.isEmpty() && body.isBlank()) {
                sink.problem(InputProblem.error(origin, "feed item has no title and no text; skipped"));
                continue;
            }
            Optional<String> link = Optional.ofNullable(entry.getLink()).filter(l -> !l.isBlank());
            String id = Optional.ofNullable(entry.getUri()).filter(u -> !u.isBlank())
                    .or(() -> link).orElse(source.idBase() + "#" + index);
            Optional<Published> published = Optional.ofNullable(entry.getPublishedDate())
                    .or(() -> Optional.ofNullable(entry.getUpdatedDate())).map(Published::of);
            Optional<String> author = Optional.ofNullable(entry.getAuthor()).filter(a -> !a.isBlank());
            Optional<Source> outlet = feedOutlet.or(() -> link.flatMap(FormatSupport::hostSource));
            sink.article(new Article(id, origin, format, outlet, link, title, author, published, body, List.of()));
        }
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
}
