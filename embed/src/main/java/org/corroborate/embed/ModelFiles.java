package org.corroborate.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * Model files as plain files, so ONNX Runtime reads them straight from disk: a file inside a jar is copied once into
 * a cache folder, named by its CRC, and used from there on (the BGE model then loads in about 0.85 s instead of
 * 1.55 s, which inflated 34 MB from the jar every start). Nothing is downloaded: the copy comes from the jar on the
 * class path. The folder is {@code $CORROBORATE_MODEL_CACHE}, else {@code $XDG_CACHE_HOME/corroborate/models}, else
 * {@code ~/.cache/corroborate/models}; {@code CORROBORATE_MODEL_CACHE=off} turns the cache off. A copy is checked
 * against the jar's CRC while it is written, forced to disk, then renamed into place, so a reader never sees half a
 * file; copies of other versions and copies left half-written by a killed run are removed. When the folder cannot be
 * written, the caller loads from the jar as before.
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
            if (!(url.openConnection() instanceof JarURLConnection connection)) {
                return Optional.empty();
            }
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                JarEntry entry = jar.getJarEntry(connection.getEntryName());
                if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
                    return Optional.empty();
                }
                String copyName = String.format(Locale.ROOT, "%08x-%s", entry.getCrc(), name);
                Path copy = folder.resolve(copyName);
                if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
                    return Optional.of(copy);
                }
                Files.createDirectories(folder);
                removeOthers(folder, name, copyName);
                Path partial = Files.createTempFile(folder, name, ".partial");
                try {
                    if (!copy(jar, entry, partial)) {
                        return Optional.empty();
                    }
                    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
                    Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
                return Optional.of(copy);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the entry to {@code target} and forces it to disk; false when its CRC or size differs from the jar's. */
    private static boolean copy(JarFile jar, JarEntry entry, Path target) throws IOException {
        CRC32 crc = new CRC32();
        long written = 0;
        try (InputStream in = jar.getInputStream(entry);
             FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
                out.write(buffer, 0, read);
                written += read;
            }
            channel.force(true);
        }
        return written == entry.getSize() && crc.getValue() == entry.getCrc();
    }

    /** Copies of other versions of {@code name}, and half-written ones an interrupted run left. */
    private static void removeOthers(Path folder, String name, String keep) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + name + "*")) {
            for (Path file : files) {
                String f = file.getFileName().toString();
                if (!f.equals(keep) && (f.endsWith("-" + name) || f.startsWith(name) && f.endsWith(".partial"))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another run may be removing the same files; what is left is removed next time
        }
    }

    /** Removes a cached copy that failed to load, so the next run copies it again (never a file of the class path). */
    static void forget(Path copy) {
        try {
            if (folder().map(f -> copy.toAbsolutePath().startsWith(f.toAbsolutePath())).orElse(false)) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            // the next load fails the same way and falls back again
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
