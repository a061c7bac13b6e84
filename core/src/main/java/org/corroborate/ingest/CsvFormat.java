package org.corroborate.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CSV with a header row, one article per row, streamed (docs/input-csv.md). Columns are matched by name, in any
 * case: {@code id}, {@code title}, {@code url}, {@code source} or {@code publisher}, {@code published} (ISO-8601) or
 * {@code timestamp} (milliseconds since 1970, UTC), and {@code text}, {@code body} or {@code description}. Rows with
 * a title and no text are headline-only articles, as news aggregators export them.
 */
final class CsvFormat {
    private static final CsvMapper CSV = new CsvMapper();

    void read(InputSource source, InputStream in, ArticleSink sink) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        int rows = 0;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(in)) {
            while (true) {
                Map<String, String> row;
                int line;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    line = it.getCurrentLocation() == null ? 0 : it.getCurrentLocation().getLineNr();
                    row = it.nextValue();
                } catch (RuntimeJsonMappingException | IOException e) {
                    int at = it.getCurrentLocation() == null ? 0 : it.getCurrentLocation().getLineNr();
                    sink.problem(InputProblem.error(source.at(at), "malformed CSV row: "
                            + HtmlPages.firstLine(e.getMessage()) + "; not read further"));
                    return;
                }
                rows++;
                toArticle(source, new Origin(source.name(), Math.max(line, rows + 1)), lowerKeys(row), sink);
            }
        }
        if (rows == 0) {
            sink.problem(InputProblem.error(source.origin(), "empty CSV (a header row and no articles)"));
        }
    }

    private static void toArticle(InputSource source, Origin origin, Map<String, String> row, ArticleSink sink) {
        Optional<String> title = field(row, "title", "headline");
        String body = field(row, "text", "body", "description").orElse("");
        if (title.isEmpty() && body.isBlank()) {
            sink.problem(InputProblem.error(origin, "row has no title and no text; skipped"));
            return;
        }
        Optional<String> url = field(row, "url", "link");
        Optional<Published> published = field(row, "published", "date").flatMap(Published::parse);
        Optional<String> timestamp = field(row, "timestamp");
        if (published.isEmpty() && timestamp.isPresent()) {
            try {
                published = Optional.of(Published.of(Instant.ofEpochMilli(Long.parseLong(timestamp.get()))
                        .atOffset(ZoneOffset.UTC)));
            } catch (NumberFormatException e) {
                sink.problem(InputProblem.warning(origin, "timestamp '" + timestamp.get()
                        + "' is not milliseconds since 1970; ignored"));
            }
        }
        Optional<Source> outlet = field(row, "source", "publisher", "outlet")
                .map(s -> new Source(s, Source.Basis.METADATA)).or(() -> url.flatMap(FormatSupport::hostSource));
        String id = field(row, "id").orElse(source.idBase() + ":" + origin.line());
        sink.article(new Article(id, origin, InputFormat.CSV, outlet, url, title, field(row, "author", "byline"),
                published, Utf8.unixLines(body), List.of()));
    }

    private static Map<String, String> lowerKeys(Map<String, String> row) {
        Map<String, String> lower = new TreeMap<>();
        row.forEach((k, v) -> lower.put(k.strip().toLowerCase(Locale.ROOT), v));
        return lower;
    }

    private static Optional<String> field(Map<String, String> row, String... names) {
        for (String name : names) {
            String value = row.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }
}
