package org.corroborate.ingest;

import java.util.Objects;

/**
 * Something wrong with one input (a file, a line of a file, a feed item). An {@link Severity#ERROR} means that
 * input was rejected and produced no article; a {@link Severity#WARNING} means it was read with a caveat.
 */
public record InputProblem(Origin origin, Severity severity, String message) {
    public enum Severity { ERROR, WARNING }

    public InputProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static InputProblem error(Origin origin, String message) {
        return new InputProblem(origin, Severity.ERROR, message);
    }

    public static InputProblem warning(Origin origin, String message) {
        return new InputProblem(origin, Severity.WARNING, message);
    }

    public boolean rejected() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return origin + ": " + (severity == Severity.ERROR ? "error: " : "warning: ") + message;
    }
}
