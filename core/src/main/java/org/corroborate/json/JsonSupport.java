package org.corroborate.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.corroborate.Corroborate;

/** What every JSON output of Corroborate writes the same way. */
public final class JsonSupport {
    private JsonSupport() {
    }

    /** The schema name and the generator's provenance, first in every document. */
    public static void header(JsonGenerator json, String schema) throws IOException {
        json.writeStringField("schema", schema);
        json.writeObjectFieldStart("generator");
        json.writeStringField("name", "corroborate");
        json.writeStringField("version", Corroborate.version());
        json.writeEndObject();
    }

    /** A number without a fraction when it has none: 18000, not 18000.0. */
    public static void number(JsonGenerator json, String field, double value) throws IOException {
        if (isWhole(value)) {
            json.writeNumberField(field, (long) value);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /** A number for people: thousands separated, no fraction when it has none, else four significant digits. */
    public static String readable(double value) {
        return isWhole(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.4g", value);
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }
}
