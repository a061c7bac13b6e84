package org.corroborate.text;

import java.util.Objects;

/**
 * The language of an article.
 *
 * @param code ISO 639-3, e.g. {@code eng}; {@code und} when the text is too short to tell
 * @param confidence between 0 and 1
 */
public record Language(String code, double confidence) {
    public static final String ENGLISH = "eng";
    public static final String UNDETERMINED = "und";

    public Language {
        Objects.requireNonNull(code, "code");
    }

    /** True for English, and for text too short to tell (a headline), which is read as English. */
    public boolean english() {
        return code.equals(ENGLISH) || code.equals(UNDETERMINED);
    }
}
