package org.corroborate.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Small helpers the format readers share. */
final class FormatSupport {
    private FormatSupport() {
    }

    /** The outlet a URL's host names, e.g. {@code independent.co.uk} for {@code https://www.independent.co.uk/x}. */
    static Optional<Source> hostSource(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            return Optional.of(new Source(host, Source.Basis.URL));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
