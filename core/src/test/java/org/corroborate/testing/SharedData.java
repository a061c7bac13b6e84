package org.corroborate.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds ../shared (the seeds and data beside the repository); tests that need it skip with a message without it. */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path shared = dir.resolveSibling("shared");
            if (Files.isDirectory(shared.resolve("seeds"))) {
                return Optional.of(shared);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** ../shared/seeds, or the test is skipped. */
    public static Path seeds() {
        Optional<Path> shared = find();
        assumeTrue(shared.isPresent(), "../shared/seeds is absent: skipping tests on the real seed articles");
        return shared.get().resolve("seeds");
    }

    /** The repository's root (the folder holding examples/). */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with examples/)");
        }
        return dir;
    }

    /** The article texts of a file: the "text" of each line of a .jsonl file, else the whole file. */
    public static java.util.List<String> texts(Path file) throws java.io.IOException {
        String content = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        if (!file.toString().endsWith(".jsonl")) {
            return java.util.List.of(content);
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                com.fasterxml.jackson.databind.JsonNode text = json.readTree(line).get("text");
                if (text != null && text.isTextual()) {
                    texts.add(text.asText());
                }
            }
        }
        return texts;
    }
}
