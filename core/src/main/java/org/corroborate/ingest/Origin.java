package org.corroborate.ingest;

import java.util.Objects;

/**
 * Where an article or a problem came from: the input as the user named it, and the 1-based line within it
 * (0 when the whole input is meant).
 */
public record Origin(String file, int line) {
    public Origin {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static Origin wholeFile(String file) {
        return new Origin(file, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line;
    }
}
