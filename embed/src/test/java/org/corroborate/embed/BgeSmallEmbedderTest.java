package org.corroborate.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BgeSmallEmbedderTest {
    @Test
    void paraphrasesAreCloserThanUnrelatedHeadlines() {
        List<float[]> v = new BgeSmallEmbedder().embed(List.of(
                "Port Alder closes Kestrel Bridge after inspectors find crack",
                "Crack in girder shuts Port Alder's Kestrel Bridge",
                "Central bank holds interest rates as inflation cools"));

        assertThat(v).allSatisfy(vector -> assertThat(vector).hasSize(384));
        // a text given twice in one call gets the vector it gets alone
        List<float[]> twice = new BgeSmallEmbedder().embed(List.of("Crack in girder shuts Port Alder's Kestrel Bridge",
                "", "Crack in girder shuts Port Alder's Kestrel Bridge", " "));
        assertThat(twice).hasSize(4);
        assertThat(twice.get(0)).containsExactly(v.get(1));
        assertThat(twice.get(2)).containsExactly(v.get(1));
        assertThat(twice.get(3)).containsExactly(twice.get(1));
        assertThat(Embedder.cosine(v.get(0), v.get(1))).isGreaterThan(Embedder.cosine(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void aModelInAJarIsCopiedOnceIntoTheCacheWholeAndAgainWhenItsCopyIsCut(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path jar = dir.resolve("model.jar");
        byte[] weights = new byte[100_000];
        new java.util.Random(7).nextBytes(weights);
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(
                java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("weights.onnx"));
            out.write(weights);
            out.closeEntry();
        }
        java.nio.file.Path cache = dir.resolve("cache");
        // what an interrupted run and an older version left behind
        java.nio.file.Files.createDirectories(cache);
        java.nio.file.Files.writeString(cache.resolve("weights.onnx123.partial"), "half");
        java.nio.file.Files.writeString(cache.resolve("0badc0de-weights.onnx"), "old version");
        java.nio.file.Files.writeString(cache.resolve("0badc0de-other.json"), "another model's file");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                null)) {
            java.nio.file.Path copy = ModelFiles.file(loader, "weights.onnx", cache).orElseThrow();
            assertThat(copy.getParent()).isEqualTo(cache);
            assertThat(java.nio.file.Files.readAllBytes(copy)).isEqualTo(weights);
            long modified = java.nio.file.Files.getLastModifiedTime(copy).toMillis();

            assertThat(ModelFiles.file(loader, "weights.onnx", cache)).contains(copy);
            assertThat(java.nio.file.Files.getLastModifiedTime(copy).toMillis()).isEqualTo(modified);

            java.nio.file.Files.write(copy, java.util.Arrays.copyOf(weights, 10));
            assertThat(ModelFiles.file(loader, "weights.onnx", cache)).contains(copy);
            assertThat(java.nio.file.Files.readAllBytes(copy)).isEqualTo(weights);
            try (var files = java.nio.file.Files.list(cache)) {
                assertThat(files).containsExactlyInAnyOrder(copy, cache.resolve("0badc0de-other.json"));
            }
            assertThat(java.nio.file.Files.getPosixFilePermissions(copy)).contains(
                    java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
            assertThat(ModelFiles.file(loader, "missing.onnx", cache)).isEmpty();
        }
        // a folder that cannot be made: the caller loads from the jar instead
        java.nio.file.Path blocked = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                null)) {
            assertThat(ModelFiles.file(loader, "weights.onnx", blocked.resolve("models"))).isEmpty();
        }
    }
}
