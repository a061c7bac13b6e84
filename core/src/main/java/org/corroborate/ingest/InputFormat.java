package org.corroborate.ingest;

import java.util.Locale;
import java.util.Optional;

/** The formats Corroborate reads. */
public enum InputFormat {
    TEXT("text"), HTML("html"), JSONL("jsonl"), CSV("csv"), RSS("rss"), ATOM("atom");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format a file name's extension stands for, if it names one. */
    public static Optional<InputFormat> fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        switch (ext) {
            case "txt": case "text": case "md":
                return Optional.of(TEXT);
            case "html": case "htm": case "xhtml":
                return Optional.of(HTML);
            case "jsonl": case "ndjson":
                return Optional.of(JSONL);
            case "csv":
                return Optional.of(CSV);
            case "rss":
                return Optional.of(RSS);
            case "atom":
                return Optional.of(ATOM);
            default:
                return Optional.empty();
        }
    }
}
