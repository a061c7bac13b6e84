package org.corroborate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.corroborate.store.BriefVersion;

/**
 * What changed in a story between two versions of its brief, for a reader who looked at the older one: the
 * articles that arrived, the headline if it changed, summary sentences and facts that appeared or went, facts whose
 * independent sources changed (newly corroborated ones among them), and quotes and conflicts that appeared.
 * Statements are compared by their text.
 */
final class BriefChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BriefChanges() {
    }

    static ObjectNode between(BriefVersion older, BriefVersion newer) {
        JsonNode a = story(older);
        JsonNode b = story(newer);
        ObjectNode out = JSON.createObjectNode();
        out.put("story", newer.story());
        out.put("from", older.version());
        out.put("to", newer.version());
        if (!a.path("headline").asText().equals(b.path("headline").asText())) {
            out.put("headlineBefore", a.path("headline").asText());
            out.put("headline", b.path("headline").asText());
        }
        Set<String> before = texts(a.path("articles"), "id");
        ArrayNode articles = out.putArray("newArticles");
        for (JsonNode article : b.path("articles")) {
            if (!before.contains(article.path("id").asText())) {
                articles.add(article);
            }
        }
        added(out, "summaryAdded", a.path("summary"), b.path("summary"));
        added(out, "summaryRemoved", b.path("summary"), a.path("summary"));
        added(out, "factsAdded", a.path("facts"), b.path("facts"));
        added(out, "factsRemoved", b.path("facts"), a.path("facts"));
        Map<String, JsonNode> oldFacts = byText(a.path("facts"));
        ArrayNode changed = out.putArray("factsWithNewSources");
        for (JsonNode fact : b.path("facts")) {
            JsonNode old = oldFacts.get(fact.path("text").asText());
            if (old != null && fact.path("independentSources").asInt() != old.path("independentSources").asInt()) {
                ObjectNode change = changed.addObject();
                change.put("text", fact.path("text").asText());
                change.put("independentSourcesBefore", old.path("independentSources").asInt());
                change.put("independentSources", fact.path("independentSources").asInt());
                change.put("corroboratedNow", fact.path("corroborated").asBoolean()
                        && !old.path("corroborated").asBoolean());
                change.set("sources", fact.path("sources"));
            }
        }
        added(out, "quotesAdded", a.path("quotes"), b.path("quotes"));
        ArrayNode conflicts = out.putArray("conflictsAdded");
        Set<String> oldConflicts = texts(a.path("conflicts"), "about");
        for (JsonNode conflict : b.path("conflicts")) {
            if (!oldConflicts.contains(conflict.path("about").asText())) {
                conflicts.add(conflict);
            }
        }
        return out;
    }

    private static JsonNode story(BriefVersion version) {
        try {
            return JSON.readTree(version.json()).path("stories").path(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items of {@code newer} whose text {@code older} lacks, without their evidence (it is in the brief). */
    private static void added(ObjectNode out, String field, JsonNode older, JsonNode newer) {
        Set<String> known = texts(older, "text");
        ArrayNode list = out.putArray(field);
        for (JsonNode item : newer) {
            if (!known.contains(item.path("text").asText())) {
                ObjectNode copy = item.deepCopy();
                copy.remove("evidence");
                list.add(copy);
            }
        }
    }

    private static Set<String> texts(JsonNode items, String field) {
        Set<String> texts = new LinkedHashSet<>();
        items.forEach(i -> texts.add(i.path(field).asText()));
        return texts;
    }

    private static Map<String, JsonNode> byText(JsonNode items) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(i.path("text").asText(), i));
        return map;
    }
}
