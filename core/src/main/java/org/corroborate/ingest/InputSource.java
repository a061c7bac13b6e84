package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input to read: a file, or standard input.
 *
 * @param name how messages name it (the path as the user gave it, or {@code -} for standard input)
 * @param idBase the stable id its articles derive theirs from
 * @param path the file, empty for standard input
 */
public record InputSource(String name, String idBase, Optional<Path> path) {
    public InputSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idBase, "idBase");
        Objects.requireNonNull(path, "path");
    }

    public static InputSource file(Path path, String idBase) {
        return new InputSource(path.toString(), idBase, Optional.of(path));
    }

    public static InputSource stdin() {
        return new InputSource("-", "stdin", Optional.empty());
    }

    InputStream open() throws IOException {
        return path.isPresent() ? Files.newInputStream(path.get()) : new UncloseableInputStream(System.in);
    }

    Origin origin() {
        return Origin.wholeFile(name);
    }

    Origin at(int line) {
        return new Origin(name, line);
    }

    /** Lets readers close what they read without closing the process's standard input. */
    private static final class UncloseableInputStream extends java.io.FilterInputStream {
        UncloseableInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // standard input stays open
        }
    }
}
