package org.corroborate.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;
import org.corroborate.ingest.ArticleJson;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.InputProblem;
import org.corroborate.ingest.InputSource;
import org.corroborate.ingest.Origin;

/**
 * Reads one input file of any format {@code analyze} reads, with core's {@link ArticleReader}, so ids and messages
 * are the command line's: a file given by name takes its ids from its name, a file found in a directory from its
 * path under that directory. Articles come out in batches of consecutive ones; a checkpoint records how many
 * batches of the file were passed on, and a restored reader reads the file again and skips them (a file is one
 * split: JSON Lines and CSV are streamed, so a file of any size reads in bounded memory). Local files are read in
 * every format; on other file systems (HDFS, S3) JSON Lines and feeds.
 */
final class ArticleFileFormat implements BulkFormat<ArticleBatch, FileSourceSplit> {
    private static final long serialVersionUID = 1L;
    private final List<String> roots;
    private final int batch;

    ArticleFileFormat(List<String> roots, int batch) {
        this.roots = List.copyOf(roots);
        this.batch = batch;
    }

    @Override
    public Reader<ArticleBatch> createReader(Configuration config, FileSourceSplit split) {
        return new FileReader(split, 0);
    }

    @Override
    public Reader<ArticleBatch> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new FileReader(split, skip);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<ArticleBatch> getProducedType() {
        return TypeInformation.of(ArticleBatch.class);
    }

    /** Where a file came from: the id base of its articles, and whether it was found in a directory. */
    private record Found(String idBase, boolean inDirectory) {
    }

    /** The id base of a file: its name when given itself, its path under the directory it was found in. */
    private Optional<Found> idBase(URI file, boolean local) {
        for (String root : roots) {
            if (local) {
                Path rootPath = localPath(new org.apache.flink.core.fs.Path(root).toUri());
                Path path = localPath(file);
                if (path.equals(rootPath)) {
                    return Optional.of(new Found(path.getFileName().toString(), false));
                }
                if (path.startsWith(rootPath)) {
                    return Optional.of(new Found(rootPath.relativize(path).toString().replace('\\', '/'), true));
                }
            } else {
                String rootPath = new org.apache.flink.core.fs.Path(root).toUri().getPath().replaceAll("/+$", "");
                if (file.getPath().equals(rootPath)) {
                    return Optional.of(new Found(new org.apache.flink.core.fs.Path(file).getName(), false));
                }
                if (file.getPath().startsWith(rootPath + "/")) {
                    return Optional.of(new Found(file.getPath().substring(rootPath.length() + 1), true));
                }
            }
        }
        return Optional.empty();
    }

    private static Path localPath(URI uri) {
        return Paths.get(uri.getPath()).toAbsolutePath().normalize();
    }

    private static boolean isLocal(URI uri) {
        return uri.getScheme() == null || uri.getScheme().equals("file");
    }

    /** Reads the file on a thread of its own (the reader pushes articles) into a small queue that batches pull. */
    private final class FileReader implements Reader<ArticleBatch> {
        private final Object end = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(Math.max(64, 2 * batch));
        private final Thread thread;
        private final String name;
        private long emitted;
        private boolean finished;

        FileReader(FileSourceSplit split, long skip) {
            URI uri = split.path().toUri();
            boolean local = isLocal(uri);
            this.name = local ? localPath(uri).toString() : uri.toString();
            Optional<Found> base = idBase(uri, local);
            this.thread = new Thread(() -> read(split, uri, local, base), "corroborate-read " + name);
            thread.setDaemon(true);
            thread.start();
            try {
                for (long i = 0; i < skip && nextBatch() != null; i++) {
                    emitted++;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void read(FileSourceSplit split, URI uri, boolean local, Optional<Found> base) {
            ArticleSink sink = ArticleSink.of(article -> put(ArticleJson.line(article)),
                    problem -> System.err.println("corroborate: " + problem));
            try {
                String idBase = base.map(Found::idBase).orElse(split.path().getName());
                String lower = split.path().getName().toLowerCase(Locale.ROOT);
                Optional<InputFormat> format = InputFormat.fromFileName(lower);
                boolean inDirectory = base.map(Found::inDirectory).orElse(true);
                if (inDirectory && format.isEmpty() && !lower.endsWith(".xml")) {
                    sink.problem(InputProblem.warning(Origin.wholeFile(name), "skipped: not an article format (use "
                            + ".txt, .html, .jsonl, .csv, .rss, .atom or .xml)"));
                } else if (local) {
                    new ArticleReader().read(InputSource.file(localPath(uri), idBase), sink);
                } else if (format.filter(f -> f == InputFormat.JSONL).isPresent()) {
                    try (InputStream in = split.path().getFileSystem().open(split.path())) {
                        new ArticleReader().readJsonLines(idBase, in, sink);
                    }
                } else if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
                    try (InputStream in = split.path().getFileSystem().open(split.path())) {
                        new ArticleReader().readFeed(idBase, in, sink);
                    }
                } else {
                    sink.problem(InputProblem.error(Origin.wholeFile(name), "only JSON Lines and feeds are read from "
                            + uri.getScheme() + ":// file systems; copy other formats to a local folder"));
                }
                put(end);
            } catch (Interrupted e) {
                // closed before the end of the file
            } catch (IOException | RuntimeException e) {
                put(e);
            }
        }

        private void put(Object item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Interrupted();
            }
        }

        /** The next batch of the file, or null after its last article. */
        private String[] nextBatch() throws IOException {
            List<String> lines = new ArrayList<>(batch);
            while (!finished && lines.size() < batch) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("reading " + name + " was interrupted");
                }
                if (item == end) {
                    finished = true;
                } else if (item instanceof Exception e) {
                    finished = true;
                    throw new IOException(name + ": error: cannot read: " + e.getMessage(), e);
                } else {
                    lines.add((String) item);
                }
            }
            return lines.isEmpty() ? null : lines.toArray(String[]::new);
        }

        @Override
        public RecordIterator<ArticleBatch> readBatch() throws IOException {
            String[] lines = nextBatch();
            if (lines == null) {
                return null;
            }
            emitted++;
            SingletonResultIterator<ArticleBatch> iterator = new SingletonResultIterator<>();
            // the position after this batch: a restored reader skips this many batches of the file
            iterator.set(new ArticleBatch(name, -1, lines), CheckpointedPosition.NO_OFFSET, emitted);
            return iterator;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    /** Ends the reading thread when the reader is closed early. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
