package org.corroborate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads articles from paths: files in any supported format, directories (recursively, in a stable order) and
 * {@code -} for standard input. Every problem is reported to the sink with the file (and line), and reading goes on
 * with the next input. Thread-safe: it holds only its configuration.
 */
public final class ArticleReader {
    private final ReaderConfig config;
    private final TextFormat text = new TextFormat();
    private final JsonLinesFormat jsonLines;
    private final FeedFormat feeds = new FeedFormat();
    private final CsvFormat csv = new CsvFormat();

    public ArticleReader(ReaderConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.jsonLines = new JsonLinesFormat(config);
    }

    public ArticleReader() {
        this(ReaderConfig.DEFAULTS);
    }

    /** Expands the paths into inputs, reporting missing paths and skipped files to the sink. */
    public List<InputSource> expand(List<String> paths, ArticleSink sink) {
        List<InputSource> sources = new ArrayList<>();
        for (String arg : paths) {
            if (arg.equals("-")) {
                sources.add(InputSource.stdin());
                continue;
            }
            Path path = Paths.get(arg);
            if (!Files.exists(path)) {
                sink.problem(InputProblem.error(Origin.wholeFile(arg), "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                expandDirectory(path, sources, sink);
            } else if (!Files.isReadable(path)) {
                sink.problem(InputProblem.error(Origin.wholeFile(arg), "file is not readable (permission denied)"));
            } else {
                sources.add(InputSource.file(path, path.getFileName().toString()));
            }
        }
        return sources;
    }

    private static void expandDirectory(Path dir, List<InputSource> sources, ArticleSink sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> relative(dir, a).compareTo(relative(dir, b)))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            sink.problem(InputProblem.error(Origin.wholeFile(dir.toString()), "cannot list directory: " + e));
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (isFolderDocument(name)) {
                sink.problem(InputProblem.warning(Origin.wholeFile(file.toString()),
                        "skipped: the folder's own documentation, not an article (give its path to read it as one)"));
            } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
                // a brief written next to its articles (brief --out) would come back as one more source
                sink.problem(InputProblem.warning(Origin.wholeFile(file.toString()),
                        "skipped: Markdown, such as a brief, is not read from a folder (give its path to read it)"));
            } else if (InputFormat.fromFileName(name).isPresent() || name.endsWith(".xml")) {
                sources.add(InputSource.file(file, relative(dir, file)));
            } else {
                sink.problem(InputProblem.warning(Origin.wholeFile(file.toString()),
                        "skipped: not an article format (use .txt, .html, .jsonl, .csv, .rss, .atom or .xml)"));
            }
        }
    }

    /** Names a folder gives its own documentation (README.md, LICENSE.txt, CHANGELOG.md): never an article. */
    private static final java.util.regex.Pattern FOLDER_DOCUMENT = java.util.regex.Pattern.compile(
            "(readme|licen[cs]e|copying|changelog|contributing|code_of_conduct)"
                    + "(\\.(md|markdown|txt|text|html?))?");

    static boolean isFolderDocument(String lowerCaseName) {
        return FOLDER_DOCUMENT.matcher(lowerCaseName).matches();
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** Reads the paths; see {@link #expand}. */
    public void read(List<String> paths, ArticleSink sink) {
        for (InputSource source : expand(paths, sink)) {
            read(source, sink);
        }
    }

    /**
     * Reads JSON Lines from a stream that is not a file (a request body): problems name {@code name} and the line.
     * The stream is not closed.
     */
    public void readJsonLines(String name, InputStream in, ArticleSink sink) {
        try {
            jsonLines.read(new InputSource(name, name, Optional.empty()), in, sink);
        } catch (IOException e) {
            sink.problem(InputProblem.error(Origin.wholeFile(name), "cannot read: " + e.getMessage()));
        }
    }

    /** Reads an RSS or Atom feed from a stream (a download): problems name {@code name}. */
    public void readFeed(String name, InputStream in, ArticleSink sink) {
        feeds.read(new InputSource(name, name, Optional.empty()), in, sink);
    }

    /** Reads one input, detecting its format from its name and, failing that, its first bytes. */
    public void read(InputSource source, ArticleSink sink) {
        Optional<InputFormat> named = source.path().flatMap(p -> InputFormat.fromFileName(p.toString()));
        try {
            if (named.isPresent() && (named.get() == InputFormat.TEXT || named.get() == InputFormat.HTML)
                    && source.path().isPresent()) {
                long limit = config.maxArticleBytes();
                long size = Files.size(source.path().get());
                if (size > limit) {
                    sink.problem(InputProblem.error(source.origin(), tooLarge(size, limit, "article")));
                    return;
                }
            }
        } catch (IOException e) {
            sink.problem(InputProblem.error(source.origin(), "cannot read: " + e.getMessage()));
            return;
        }
        try (InputStream raw = source.open(); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            if (head.length == 0) {
                sink.problem(InputProblem.error(source.origin(), "empty file"));
                return;
            }
            if (Utf8.looksBinary(head, head.length)) {
                sink.problem(InputProblem.error(source.origin(),
                        "binary file (contains NUL bytes), not an article; not read"));
                return;
            }
            InputFormat format = named.orElseGet(() -> sniff(head));
            switch (format) {
                case JSONL:
                    jsonLines.read(source, in, sink);
                    break;
                case RSS:
                case ATOM:
                    feeds.read(source, in, sink);
                    break;
                case CSV:
                    csv.read(source, in, sink);
                    break;
                case HTML:
                    readHtml(source, in, sink);
                    break;
                default:
                    byte[] bytes = readLimited(source, in, config.maxArticleBytes(), "article", sink);
                    if (bytes != null) {
                        text.read(source, bytes, sink);
                    }
            }
        } catch (NoSuchFileException e) {
            sink.problem(InputProblem.error(source.origin(), "no such file"));
        } catch (IOException e) {
            sink.problem(InputProblem.error(source.origin(), "cannot read: " + e.getMessage()));
        }
    }

    private void readHtml(InputSource source, InputStream in, ArticleSink sink) throws IOException {
        byte[] bytes = readLimited(source, in, config.maxArticleBytes(), "article", sink);
        if (bytes == null) {
            return;
        }
        String html;
        try {
            html = Utf8.decode(bytes, 0, bytes.length);
        } catch (Utf8.InvalidUtf8Exception e) {
            // Pages declare their own charsets; let jsoup find it rather than reject the page.
            html = null;
        }
        HtmlPages.Page page = html != null ? HtmlPages.read(html, "")
                : HtmlPages.read(org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, ""));
        page.warnings().forEach(w -> sink.problem(InputProblem.warning(source.origin(), w)));
        if (page.text().isBlank() && page.title().isEmpty()) {
            sink.problem(InputProblem.error(source.origin(), "HTML page has no title and no text"));
            return;
        }
        Optional<Source> outlet = page.siteName().map(name -> new Source(name, Source.Basis.METADATA))
                .or(() -> page.url().flatMap(FormatSupport::hostSource));
        sink.article(new Article(source.idBase(), source.origin(), InputFormat.HTML, outlet, page.url(),
                page.title(), page.byline(), page.published(), page.text(), page.removed()));
    }

    /** The whole input, or null (with the problem reported) when it is over the limit. */
    private static byte[] readLimited(InputSource source, InputStream in, long limit, String what,
                                      ArticleSink sink) throws IOException {
        long size = source.path().isPresent() ? Files.size(source.path().get()) : -1;
        if (size > limit) {
            sink.problem(InputProblem.error(source.origin(), tooLarge(size, limit, what)));
            return null;
        }
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
            sink.problem(InputProblem.error(source.origin(), String.format(Locale.ROOT,
                    "input is over the %s limit for one %s; not read", FormatSupport.megabytes(limit), what)));
            return null;
        }
        return bytes;
    }

    private static String tooLarge(long size, long limit, String what) {
        return String.format(Locale.ROOT, "file is %s, over the %s limit for one %s; not read%s",
                FormatSupport.megabytes(size), FormatSupport.megabytes(limit), what,
                what.equals("article") ? " (raise it with --max-article-mb)" : "");
    }

    static InputFormat sniff(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("{")) {
            return InputFormat.JSONL;
        }
        if (lower.contains("<rss") || lower.contains("<rdf:rdf")) {
            return InputFormat.RSS;
        }
        if (lower.contains("<feed")) {
            return InputFormat.ATOM;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
                || (lower.startsWith("<") && lower.contains("<p"))) {
            return InputFormat.HTML;
        }
        return InputFormat.TEXT;
    }
}
