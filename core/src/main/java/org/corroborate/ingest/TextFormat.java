package org.corroborate.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.clean.BoilerplateKind;
import org.corroborate.clean.RemovedBlock;

/**
 * Plain-text articles: UTF-8 with or without a byte-order mark, CRLF or LF. Leading metadata is read off the top:
 * header lines such as {@code Title: ...}, {@code Source: ...}, {@code Date: 2025-01-28}, {@code URL: ...}, and the
 * short form {@code date 2025-01-28} at the very start of the first line, which may go on with the article text.
 */
final class TextFormat {
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^(title|headline|source|outlet|publisher|date|published|url|link|author|byline)\\s*:\\s*(\\S.*)$");
    private static final Pattern INLINE_DATE = Pattern.compile(
            "(?i)^(?:date|published)\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2}(?:T[0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?)(?:\\s+|$)");

    void read(InputSource source, byte[] bytes, ArticleSink sink) {
        String text;
        try {
            text = Utf8.unixLines(Utf8.decode(bytes, 0, bytes.length));
        } catch (Utf8.InvalidUtf8Exception e) {
            sink.problem(InputProblem.error(source.at(Utf8.lineOf(bytes, e.offset)), String.format(Locale.ROOT,
                    "invalid UTF-8 (byte %d); save the file as UTF-8; not read", e.offset)));
            return;
        }
        if (text.isBlank()) {
            sink.problem(InputProblem.error(source.origin(), "empty file (only whitespace)"));
            return;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<RemovedBlock> removed = new ArrayList<>();
        Optional<String> title = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> byline = Optional.empty();
        Optional<Source> outlet = Optional.empty();
        Optional<Published> published = Optional.empty();

        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        // Header lines "Key: value" at the top.
        while (first < lines.size()) {
            Matcher header = HEADER.matcher(lines.get(first).strip());
            if (!header.matches()) {
                break;
            }
            String key = header.group(1).toLowerCase(Locale.ROOT);
            String value = header.group(2).strip();
            switch (key) {
                case "title": case "headline":
                    title = Optional.of(value);
                    break;
                case "source": case "outlet": case "publisher":
                    outlet = Optional.of(new Source(value, Source.Basis.METADATA));
                    break;
                case "date": case "published":
                    published = Published.parse(value);
                    if (published.isEmpty()) {
                        sink.problem(InputProblem.warning(source.at(first + 1),
                                "unreadable date '" + value + "' (use ISO-8601, e.g. 2025-01-28); ignored"));
                    }
                    break;
                case "url": case "link":
                    url = Optional.of(value);
                    break;
                default:
                    byline = Optional.of(value);
            }
            removed.add(new RemovedBlock(BoilerplateKind.METADATA, lines.get(first).strip()));
            lines.set(first, "");
            first++;
        }
        int headerLines = first;
        // The short form: "date 2025-01-28" opening the first line, perhaps followed by text.
        if (first < lines.size()) {
            String line = lines.get(first).strip();
            Matcher inline = INLINE_DATE.matcher(line);
            if (inline.find()) {
                published = Published.parse(inline.group(1));
                removed.add(new RemovedBlock(BoilerplateKind.METADATA, line.substring(0, inline.end()).strip()));
                lines.set(first, line.substring(inline.end()));
            }
        }
        if (title.isEmpty()) {
            title = headline(lines);
        }
        if (url.isPresent() && outlet.isEmpty()) {
            outlet = FormatSupport.hostSource(url.get());
        }
        String body = String.join("\n", lines).strip();
        if (body.isEmpty() && title.isEmpty()) {
            sink.problem(InputProblem.error(source.origin(), "no article text after the metadata lines"));
            return;
        }
        if (body.isEmpty()) {
            // as a feed's headline-only item, but in a text file more likely a body left out by mistake
            sink.problem(InputProblem.warning(source.at(Math.max(1, headerLines)), "only header lines, no article "
                    + "text after them: read as a headline only"));
        }
        sink.article(new Article(source.idBase(), source.origin(), InputFormat.TEXT, outlet, url, title, byline,
                published, body, removed));
    }

    /**
     * A first line that reads as a headline (short, no closing full stop or quote mark, straight or curly) followed
     * by a blank line or more text is taken as the title; it is removed from the body so the headline is not counted
     * as a sentence twice. A line that ends with a quote stays in the body, where its quote is found.
     */
    private static Optional<String> headline(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() - 1) {
            return Optional.empty();
        }
        String candidate = lines.get(first).strip();
        int words = candidate.split("\\s+").length;
        boolean rest = lines.subList(first + 1, lines.size()).stream().anyMatch(l -> !l.isBlank());
        boolean blankAfter = lines.get(first + 1).isBlank();
        if (rest && blankAfter && words >= 3 && words <= 20 && !candidate.matches(".*[.!?:;,\"”’')]$")) {
            lines.set(first, "");
            return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
