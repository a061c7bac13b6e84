package org.corroborate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link ArticleProfile} as JSON, so a server can keep what clustering compared and replay it after a restart
 * without analysing the articles again. The embedding is base64 of little-endian float32s. Thread-safe.
 */
public final class ProfileJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileJson() {
    }

    public static String write(ArticleProfile p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", p.id());
        node.put("time", p.time());
        node.put("published", p.published());
        array(node.putArray("title"), p.titleTerms());
        array(node.putArray("lead"), p.leadTerms());
        array(node.putArray("body"), p.bodyTerms());
        array(node.putArray("entities"), p.entities());
        array(node.putArray("dates"), p.dates());
        array(node.putArray("figures"), p.figures());
        p.duplicateOf().ifPresent(d -> node.put("duplicateOf", d));
        p.embedding().ifPresent(e -> {
            ByteBuffer bytes = ByteBuffer.allocate(e.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : e) {
                bytes.putFloat(f);
            }
            node.put("embedding", Base64.getEncoder().encodeToString(bytes.array()));
        });
        return node.toString();
    }

    public static ArticleProfile read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            Optional<float[]> embedding = Optional.empty();
            if (n.hasNonNull("embedding")) {
                ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(n.get("embedding").asText()))
                        .order(ByteOrder.LITTLE_ENDIAN);
                float[] e = new float[bytes.remaining() / 4];
                for (int i = 0; i < e.length; i++) {
                    e[i] = bytes.getFloat();
                }
                embedding = Optional.of(e);
            }
            return new ArticleProfile(n.get("id").asText(), n.get("time").asLong(), n.get("published").asBoolean(),
                    list(n.get("title")), list(n.get("lead")), list(n.get("body")), new LinkedHashSet<>(list(n.get(
                    "entities"))), set(n.get("dates")), set(n.get("figures")),
                    n.hasNonNull("duplicateOf") ? Optional.of(n.get("duplicateOf").asText()) : Optional.empty(),
                    embedding);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a stored article profile: " + e.getMessage(), e);
        }
    }

    private static void array(ArrayNode array, java.util.Collection<String> values) {
        values.forEach(array::add);
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> set(JsonNode array) {
        return new LinkedHashSet<>(list(array));
    }
}
