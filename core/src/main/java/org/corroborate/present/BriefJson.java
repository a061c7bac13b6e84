package org.corroborate.present;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.corroborate.json.JsonSupport;
import org.corroborate.brief.Evidence;
import org.corroborate.brief.StoryBrief;

/** Writes briefs in the documented JSON schema (docs/brief-schema.md, version {@value #SCHEMA}). */
public final class BriefJson {
    public static final String SCHEMA = "corroborate.brief/3";

    private BriefJson() {
    }

    public static void write(List<StoryBrief> stories, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            JsonSupport.header(json, SCHEMA);
            json.writeArrayFieldStart("stories");
            for (StoryBrief story : stories) {
                story(json, story);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void story(JsonGenerator json, StoryBrief s) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", s.id());
        json.writeStringField("headline", s.headline());
        json.writeArrayFieldStart("relatedStories");
        for (String related : s.relatedStories()) {
            json.writeString(related);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("articles");
        for (StoryBrief.Article a : s.articles()) {
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("source", a.source());
            optional(json, "title", a.title());
            optional(json, "published", a.published());
            optional(json, "duplicateOf", a.duplicateOf());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("summary");
        for (StoryBrief.Sentence sentence : s.summary()) {
            json.writeStartObject();
            json.writeStringField("text", sentence.text());
            sources(json, sentence.sources());
            evidence(json, sentence.evidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("facts");
        for (StoryBrief.Fact fact : s.facts()) {
            json.writeStartObject();
            json.writeStringField("text", fact.text());
            sources(json, fact.sources());
            json.writeBooleanField("corroborated", fact.corroborated());
            json.writeNumberField("independentSources", fact.independent());
            evidence(json, fact.evidence());
            json.writeArrayFieldStart("related");
            for (String related : fact.related()) {
                json.writeString(related);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (StoryBrief.Quote quote : s.quotes()) {
            json.writeStartObject();
            optional(json, "speaker", quote.speaker());
            json.writeStringField("text", quote.text());
            sources(json, quote.sources());
            evidence(json, quote.evidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("figures");
        for (StoryBrief.Figure figure : s.figures()) {
            json.writeStartObject();
            JsonSupport.number(json, "value", figure.value());
            json.writeStringField("unit", figure.unit());
            optional(json, "qualifier", figure.qualifier());
            optional(json, "counts", figure.counts());
            sources(json, figure.sources());
            evidence(json, figure.evidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("conflicts");
        for (StoryBrief.Conflict conflict : s.conflicts()) {
            json.writeStartObject();
            json.writeStringField("about", conflict.about());
            json.writeArrayFieldStart("values");
            for (StoryBrief.Conflict.Value value : conflict.values()) {
                json.writeStartObject();
                JsonSupport.number(json, "value", value.value());
                json.writeStringField("unit", value.unit());
                optional(json, "qualifier", value.qualifier());
                json.writeStringField("basis", value.basis());
                sources(json, value.sources());
                evidence(json, value.evidence());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("timeline");
        for (StoryBrief.Event event : s.timeline()) {
            json.writeStartObject();
            json.writeStringField("date", event.date());
            json.writeStringField("event", event.event());
            json.writeArrayFieldStart("statedBy");
            for (String source : event.statedBy()) {
                json.writeString(source);
            }
            json.writeEndArray();
            sources(json, event.sources());
            evidence(json, event.evidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (StoryBrief.Entity entity : s.entities()) {
            json.writeStartObject();
            json.writeStringField("name", entity.name());
            json.writeStringField("type", entity.type());
            json.writeArrayFieldStart("aliases");
            for (String alias : entity.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
            sources(json, entity.sources());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void sources(JsonGenerator json, List<String> sources) throws IOException {
        json.writeArrayFieldStart("sources");
        for (String source : sources) {
            json.writeString(source);
        }
        json.writeEndArray();
    }

    /** Per cited article, the span of its cleaned text (or of its title) that states the item. */
    private static void evidence(JsonGenerator json, List<Evidence> evidence) throws IOException {
        json.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            json.writeStartObject();
            json.writeStringField("article", e.article());
            if (e.inTitle()) {
                json.writeStringField("in", "title");
            }
            json.writeNumberField("start", e.start());
            json.writeNumberField("end", e.end());
            json.writeStringField("text", e.text());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

}
