package org.corroborate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.clean.RemovedBlock;

/**
 * JSON Lines: one article per line, read as a stream so memory stays flat however many lines a file holds. Fields
 * (docs/input-jsonl.md): {@code id}, {@code source}, {@code url}, {@code title}, {@code published} (ISO-8601),
 * and {@code text} or {@code html}. A bad line is reported with its number and the rest of the file is read.
 */
final class JsonLinesFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReaderConfig config;

    JsonLinesFormat(ReaderConfig config) {
        this.config = config;
    }

    void read(InputSource source, InputStream in, ArticleSink sink) throws IOException {
        LineReader lines = new LineReader(in, config.maxArticleBytes());
        int nonBlank = 0;
        int lineNumber = 0;
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            lineNumber++;
            Origin origin = source.at(lineNumber);
            if (line.overLimit()) {
                sink.problem(InputProblem.error(origin, String.format(Locale.ROOT,
                        "line is over the %s limit for one article; skipped", FormatSupport.megabytes(
                                config.maxArticleBytes()))));
                continue;
            }
            String json;
            try {
                json = Utf8.decode(line.bytes(), 0, line.length());
            } catch (Utf8.InvalidUtf8Exception e) {
                sink.problem(InputProblem.error(origin, "invalid UTF-8 (byte " + e.offset + " of the line); skipped"));
                continue;
            }
            if (json.isBlank()) {
                continue;
            }
            nonBlank++;
            JsonNode node;
            String trailing = null;
            try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(json)) {
                node = JSON.readTree(parser);
                // whatever follows the value, a second object or a word, is the line going on past its article
                int end = (int) parser.currentLocation().getColumnNr();
                boolean more;
                try {
                    more = parser.nextToken() != null;
                } catch (JsonProcessingException notJson) {
                    more = true; // a word, not a second value
                }
                if (more) {
                    trailing = "more after the JSON value (one article a line) at column " + after(json, end);
                }
            } catch (JsonProcessingException e) {
                sink.problem(InputProblem.error(origin, "malformed JSON: " + malformed(e) + "; line skipped"));
                continue;
            } catch (IOException e) {
                sink.problem(InputProblem.error(origin, "malformed JSON: " + e.getMessage() + "; line skipped"));
                continue;
            }
            if (trailing != null) {
                sink.problem(InputProblem.error(origin, "malformed JSON: " + trailing + "; line skipped"));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.problem(InputProblem.error(origin, "expected a JSON object with an article; line skipped"));
                continue;
            }
            try {
                toArticle(source, origin, node, sink);
            } catch (WrongType e) {
                sink.problem(InputProblem.error(origin, e.getMessage() + "; line skipped"));
            }
        }
        if (nonBlank == 0) {
            sink.problem(InputProblem.error(source.origin(), "empty file (no JSON lines)"));
        }
    }

    /** The column (from 1) of the first character after {@code column} that is not white space. */
    private static int after(String json, int column) {
        int i = Math.max(0, column - 1);
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    /**
     * Jackson's message in words a user reads, with where on the line: its first line, without the locations it
     * writes into it ("(start marker at [Source: REDACTED (`StreamReadFeature...` disabled); line: 1, column: 1])").
     */
    static String malformed(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        message = SOURCE_LOCATION.matcher(message).replaceAll("").strip();
        message = message.replace("end-of-input", "end of input").replace(": expected close marker for",
                ": no closing bracket for");
        if (!message.isEmpty()) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return message.isEmpty() ? "not JSON" : column > 0 ? message + " at column " + column : message;
    }

    /** A location Jackson writes into a message, with the words around it. */
    private static final java.util.regex.Pattern SOURCE_LOCATION = java.util.regex.Pattern.compile(
            "\\s*(\\(start marker at )?(at )?\\[Source: .*?line: \\d+, column: \\d+\\]\\)?");

    private void toArticle(InputSource source, Origin origin, JsonNode node, ArticleSink sink) {
        // an id may be a number (docs/input-jsonl.md), kept as written
        JsonNode idValue = node.get("id");
        Optional<String> id = idValue != null && idValue.isNumber() ? Optional.of(idValue.asText())
                : string(node, "id");
        Optional<String> title = string(node, "title").map(HtmlPages::normalizeSpace).filter(t -> !t.isEmpty());
        Optional<String> url = string(node, "url");
        Optional<String> publishedText = string(node, "published");
        Optional<Published> published = publishedText.flatMap(Published::parse);
        if (publishedText.isPresent() && published.isEmpty()) {
            sink.problem(InputProblem.warning(origin, "unreadable 'published' value '" + publishedText.get()
                    + "' (use ISO-8601, e.g. 2025-01-28 or 2025-01-28T09:30:00Z); ignored"));
        }
        String body = "";
        List<RemovedBlock> removed = List.of();
        Optional<String> byline = string(node, "author");
        if (string(node, "text").isPresent()) {
            body = Utf8.unixLines(string(node, "text").get());
            removed = removed(node.get("removed"));
        } else if (string(node, "html").isPresent()) {
            HtmlPages.Page page = HtmlPages.read(string(node, "html").get(), url.orElse(""));
            body = page.text();
            removed = page.removed();
            title = title.or(page::title);
            byline = byline.or(page::byline);
            published = published.or(page::published);
        } else {
            // a headline whose page's text was all removed still says what was removed
            removed = removed(node.get("removed"));
        }
        if (body.isBlank() && title.isEmpty()) {
            sink.problem(InputProblem.error(origin, "article has no title, text or html; skipped"));
            return;
        }
        Optional<Source> outlet = string(node, "source").filter(s -> !s.isBlank())
                .map(s -> new Source(s.strip(), Source.Basis.METADATA))
                .or(() -> url.flatMap(FormatSupport::hostSource));
        String articleId = id.filter(s -> !s.isBlank()).orElse(source.idBase() + ":" + origin.line());
        sink.article(new Article(articleId, origin, InputFormat.JSONL, outlet, url, title, byline, published, body,
                removed));
    }

    /**
     * What a reader dropped before the text was sent ({@code [{"kind": "photo caption", "text": ...}]}, as
     * {@link ArticleJson} writes it): shown as removed, never analysed. Entries of an unknown kind or without text
     * are left out.
     */
    private static List<RemovedBlock> removed(JsonNode removed) {
        if (removed == null || !removed.isArray()) {
            return List.of();
        }
        List<RemovedBlock> blocks = new java.util.ArrayList<>();
        for (JsonNode block : removed) {
            String label = block.path("kind").asText("");
            String text = block.path("text").isValueNode() ? block.path("text").asText("") : "";
            java.util.Arrays.stream(org.corroborate.clean.BoilerplateKind.values())
                    .filter(k -> k.label().equals(label) || k.name().equalsIgnoreCase(label)).findFirst()
                    .filter(k -> !text.isBlank())
                    .ifPresent(k -> blocks.add(new RemovedBlock(k, text)));
        }
        return blocks;
    }

    /** A field's string, empty when it is absent or null; a value of another type is {@link WrongType}. */
    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new WrongType(field, value);
        }
        return Optional.of(value.asText());
    }

    /** A field that must be a string holds another type: the line is rejected, never read as the JSON's text. */
    private static final class WrongType extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        WrongType(String field, JsonNode value) {
            super("'" + field + "' must be a string" + (field.equals("id") ? " or a number" : "") + ", not "
                    + kind(value));
        }

        private static String kind(JsonNode value) {
            if (value.isNumber()) {
                return "a number (" + value.asText() + ")";
            }
            if (value.isBoolean()) {
                return "true or false";
            }
            return value.isArray() ? "a list" : value.isObject() ? "an object" : value.getNodeType().name()
                    .toLowerCase(Locale.ROOT);
        }
    }

    /** Reads byte lines without ever holding more than the limit of one line. Not thread-safe. */
    static final class LineReader {
        record Line(byte[] bytes, int length, boolean overLimit) {
        }

        private final InputStream in;
        private final long limit;
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int filled;
        private byte[] line = new byte[8192];

        LineReader(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** The next line without its line end, or null at the end of the input. */
        Line next() throws IOException {
            int length = 0;
            boolean over = false;
            boolean any = false;
            while (true) {
                if (position == filled) {
                    filled = in.read(chunk);
                    position = 0;
                    if (filled <= 0) {
                        filled = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int end = position;
                while (end < filled && chunk[end] != '\n') {
                    end++;
                }
                int count = end - position;
                if (!over) {
                    if ((long) length + count > limit) {
                        over = true;
                        length = 0;
                    } else {
                        if (length + count > line.length) {
                            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + count));
                        }
                        System.arraycopy(chunk, position, line, length, count);
                        length += count;
                    }
                }
                position = end;
                if (end < filled) {
                    position++; // past the newline
                    break;
                }
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return new Line(line, length, over);
        }
    }
}
