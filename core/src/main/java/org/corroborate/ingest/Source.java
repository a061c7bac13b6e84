package org.corroborate.ingest;

import java.util.Objects;

/** The outlet that published an article, and how Corroborate knows it. */
public record Source(String name, Basis basis) {
    /** How the outlet was found, from the most to the least reliable. */
    public enum Basis {
        METADATA("metadata"), URL("url"), TEXT("text"), FILE_NAME("file-name");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        if (name.isBlank()) {
            throw new IllegalArgumentException("source name is blank");
        }
    }
}
