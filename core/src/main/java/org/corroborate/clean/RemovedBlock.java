package org.corroborate.clean;

import java.util.Objects;

/** A block of text removed from an article as boilerplate, kept so a user can see what went and why. */
public record RemovedBlock(BoilerplateKind kind, String text) {
    public RemovedBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
