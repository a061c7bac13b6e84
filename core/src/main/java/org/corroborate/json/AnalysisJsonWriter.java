package org.corroborate.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.clean.CleanedArticle;
import org.corroborate.clean.EmbeddedPost;
import org.corroborate.clean.RemovedBlock;
import org.corroborate.extract.Extraction;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.quantity.Quantity;
import org.corroborate.extract.quote.Quote;
import org.corroborate.extract.time.ReferenceDate;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.InputProblem;
import org.corroborate.ingest.Published;
import org.corroborate.text.Sentence;
import org.corroborate.text.Token;

/**
 * Writes analysis results in the documented schema (docs/analyze-schema.md, version {@value #SCHEMA}) as they
 * arrive: either one JSON document whose {@code articles} array is streamed, or JSON Lines with one article per line.
 * Not thread-safe.
 */
public final class AnalysisJsonWriter implements Closeable {
    public static final String SCHEMA = "corroborate.analyze/1";
    private static final JsonFactory FACTORY = new JsonFactory();
    private final JsonGenerator json;
    private final boolean lines;
    private final List<InputProblem> problems = new ArrayList<>();
    private int articles;
    private int duplicates;

    private AnalysisJsonWriter(OutputStream out, boolean lines) throws IOException {
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.lines = lines;
        if (lines) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        } else {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            JsonSupport.header(json, SCHEMA);
            json.writeArrayFieldStart("articles");
        }
    }

    /** One JSON document: {@code {"schema", "generator", "articles": [...], "problems": [...], "counts"}}. */
    public static AnalysisJsonWriter document(OutputStream out) throws IOException {
        return new AnalysisJsonWriter(out, false);
    }

    /** JSON Lines: one article object per line; problems are not written (the caller reports them). */
    public static AnalysisJsonWriter jsonLines(OutputStream out) throws IOException {
        return new AnalysisJsonWriter(out, true);
    }

    /** One article's analysis as one JSON line, without the line break: what a store keeps of it. */
    public static String line(AnalyzedArticle analyzed) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (AnalysisJsonWriter writer = jsonLines(out)) {
            writer.article(analyzed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    public void article(AnalyzedArticle analyzed) throws IOException {
        articles++;
        if (analyzed.duplicateOf().isPresent()) {
            duplicates++;
        }
        CleanedArticle cleaned = analyzed.cleaned();
        Article article = cleaned.article();
        String text = cleaned.text();
        json.writeStartObject();
        if (lines) {
            json.writeStringField("schema", SCHEMA);
        }
        json.writeStringField("id", article.id());
        json.writeObjectFieldStart("origin");
        json.writeStringField("file", article.origin().file());
        if (article.origin().line() > 0) {
            json.writeNumberField("line", article.origin().line());
        }
        json.writeEndObject();
        json.writeStringField("format", article.format().label());
        json.writeStringField("source", cleaned.source().name());
        json.writeStringField("sourceBasis", cleaned.source().basis().label());
        optional("url", article.url());
        optional("title", cleaned.title());
        optional("byline", article.byline());
        optional("published", article.published().map(Published::iso));
        json.writeObjectFieldStart("language");
        json.writeStringField("code", analyzed.language().code());
        json.writeNumberField("confidence", Math.round(analyzed.language().confidence() * 100) / 100.0);
        json.writeBooleanField("english", analyzed.language().english());
        json.writeEndObject();
        json.writeBooleanField("headlineOnly", article.headlineOnly());
        json.writeStringField("text", text);
        json.writeArrayFieldStart("removed");
        for (RemovedBlock block : cleaned.removed()) {
            json.writeStartObject();
            json.writeStringField("kind", block.kind().label());
            json.writeStringField("text", block.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("embeddedPosts");
        for (EmbeddedPost post : cleaned.embeddedPosts()) {
            json.writeStartObject();
            json.writeNumberField("start", post.start());
            json.writeNumberField("end", post.end());
            json.writeStringField("author", post.author());
            json.writeStringField("handle", post.handle());
            optional("date", post.date());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sentences");
        for (Sentence sentence : analyzed.sentences()) {
            json.writeStartObject();
            json.writeNumberField("start", sentence.start());
            json.writeNumberField("end", sentence.end());
            json.writeStringField("text", sentence.text(text));
            json.writeArrayFieldStart("tokens");
            for (Token token : sentence.tokens()) {
                json.writeStartArray();
                json.writeNumber(token.start());
                json.writeNumber(token.end());
                json.writeString(token.pos());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        writeExtraction(analyzed.extraction());
        if (analyzed.duplicateOf().isPresent()) {
            json.writeStringField("duplicateOf", analyzed.duplicateOf().get());
        } else {
            json.writeNullField("duplicateOf");
        }
        json.writeArrayFieldStart("notes");
        for (String note : analyzed.notes()) {
            json.writeString(note);
        }
        json.writeEndArray();
        json.writeEndObject();
        if (lines) {
            json.flush();
        }
    }

    private void writeExtraction(Extraction extraction) throws IOException {
        if (extraction.reference().isPresent()) {
            ReferenceDate reference = extraction.reference().get();
            json.writeObjectFieldStart("referenceDate");
            json.writeStringField("date", reference.date().toString());
            json.writeBooleanField("inferred", reference.inferred());
            json.writeStringField("basis", reference.basis().label());
            json.writeEndObject();
        } else {
            json.writeNullField("referenceDate");
        }
        json.writeArrayFieldStart("entities");
        for (EntityMention entity : extraction.entities()) {
            json.writeStartObject();
            span(entity.start(), entity.end(), entity.text());
            json.writeStringField("type", entity.type().name());
            json.writeStringField("canonical", entity.canonical());
            if (!entity.title().isEmpty()) {
                json.writeStringField("title", entity.title());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Quote quote : extraction.quotes()) {
            json.writeStartObject();
            span(quote.start(), quote.end(), quote.text());
            json.writeStringField("kind", quote.kind().name().toLowerCase(java.util.Locale.ROOT));
            optional("speaker", quote.speaker());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quantities");
        for (Quantity quantity : extraction.quantities()) {
            json.writeStartObject();
            span(quantity.start(), quantity.end(), quantity.text());
            JsonSupport.number(json, "value", quantity.value());
            json.writeStringField("unit", quantity.unit());
            optional("counts", quantity.counts());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("times");
        for (TimeExpression time : extraction.times()) {
            json.writeStartObject();
            span(time.start(), time.end(), time.text());
            json.writeStringField("type", time.type().name());
            json.writeStringField("value", time.value());
            json.writeBooleanField("inferred", time.inferred());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void span(int start, int end, String text) throws IOException {
        json.writeStringField("text", text);
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
    }

    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public void close() throws IOException {
        if (!lines) {
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            int rejected = 0;
            for (InputProblem problem : problems) {
                json.writeStartObject();
                json.writeStringField("file", problem.origin().file());
                if (problem.origin().line() > 0) {
                    json.writeNumberField("line", problem.origin().line());
                }
                json.writeStringField("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("message", problem.message());
                json.writeEndObject();
                if (problem.rejected()) {
                    rejected++;
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("counts");
            json.writeNumberField("articles", articles);
            json.writeNumberField("duplicates", duplicates);
            json.writeNumberField("rejected", rejected);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeRaw('\n');
        json.close();
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
