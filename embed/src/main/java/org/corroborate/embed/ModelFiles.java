package org.corroborate.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * Model files as plain files, so ONNX Runtime reads them straight from disk: a file inside a jar is copied once into
 * a cache folder, named by its CRC, and used from there on (the BGE model then loads in about 0.85 s instead of
 * 1.55 s, which inflated 34 MB from the jar every start). Nothing is downloaded: the copy comes from the jar on the
 * class path. The folder is {@code $CORROBORATE_MODEL_CACHE}, else {@code $XDG_CACHE_HOME/corroborate/models}, else
 * {@code ~/.cache/corroborate/models}; {@code CORROBORATE_MODEL_CACHE=off} turns the cache off. When the folder
 * cannot be written, the caller loads from the jar as before.
 */
final class ModelFiles {
    private ModelFiles() {
    }

    /** The resource {@code name} of {@code loader} as a file: itself when it is one, else its cached copy. */
    static Optional<Path> file(ClassLoader loader, String name) {
        return folder().flatMap(folder -> file(loader, name, folder));
    }

    static Optional<Path> file(ClassLoader loader, String name, Path folder) {
        URL url = loader.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Optional.of(Path.of(url.toURI()));
            }
            if (!(url.openConnection() instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            jar.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() < 0 || entry.getCrc() < 0) {
                return Optional.empty();
            }
            Path copy = folder.resolve(String.format(Locale.ROOT, "%08x-%s", entry.getCrc(), name));
            if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
                return Optional.of(copy);
            }
            Files.createDirectories(folder);
            // copied whole under another name, then renamed: a reader never sees half a model
            Path partial = Files.createTempFile(folder, name, ".partial");
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                if (Files.size(partial) != entry.getSize()) {
                    return Optional.empty();
                }
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(copy);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The cache folder, or empty when the cache is off. */
    static Optional<Path> folder() {
        String configured = System.getenv("CORROBORATE_MODEL_CACHE");
        if (configured != null && !configured.isBlank()) {
            return configured.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("corroborate").resolve("models"));
    }
}
