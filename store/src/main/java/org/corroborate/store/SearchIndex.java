package org.corroborate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text and vector search over articles (Lucene 9): titles and texts analysed for English, and the embedding of
 * title and lead in an HNSW graph (cosine). Queries are read with Lucene's simple query parser, which never fails on
 * what a user types ({@code "quoted phrases"}, {@code -not}, {@code a | b}). Additions are searchable within a
 * second (near-real-time) and committed every few seconds with the highest arrival number they cover, so a restart
 * indexes again only what the last commit missed ({@link #indexedUpTo}). Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    /** An article that matched, with its score (higher is better). */
    public record Hit(String id, double score) {
    }

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String VECTOR = "embedding";
    private static final String SEQ = "seq";
    private static final String STORE = "store";
    private final String store;
    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "corroborate-index-commit");
        t.setDaemon(true);
        return t;
    });
    private long highestSeq;
    private long committedSeq;

    /** An index with no database to belong to (tests). */
    public SearchIndex(Path folder) {
        this(folder, "");
    }

    /**
     * The index in {@code folder} for the database of identity {@code store} ({@link Store#identity}): an index built
     * for another database is emptied, so that it is built again from this one.
     */
    public SearchIndex(Path folder, String store) {
        this.store = store;
        try {
            this.directory = FSDirectory.open(folder);
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            String indexed = data.getOrDefault(STORE, "");
            if (!indexed.equals(store) && !indexed.isEmpty()) {
                System.err.println("corroborate: the search index in " + folder + " belongs to another database; "
                        + "it is built again");
                writer.deleteAll();
                data.put(SEQ, "0");
            }
            this.committedSeq = Long.parseLong(data.getOrDefault(SEQ, "0"));
            this.highestSeq = committedSeq;
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
        committer.scheduleWithFixedDelay(this::commit, 5, 5, TimeUnit.SECONDS);
        committer.scheduleWithFixedDelay(this::refresh, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** The highest arrival number the last commit covers: articles after it must be indexed again. */
    public synchronized long indexedUpTo() {
        return committedSeq;
    }

    /** Adds (or replaces) an article. */
    public void add(long seq, String id, String title, String text, Optional<float[]> embedding) {
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new TextField(TITLE, title, Field.Store.NO));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        embedding.ifPresent(v -> doc.add(new KnnFloatVectorField(VECTOR, v, VectorSimilarityFunction.COSINE)));
        try {
            writer.updateDocument(new Term(ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            highestSeq = Math.max(highestSeq, seq);
        }
    }

    /** Articles matching the words, best first (titles count twice). */
    public List<Hit> search(String words, int limit) {
        Objects.requireNonNull(words, "words");
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f));
        parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
        Query query = parser.parse(words);
        return query == null ? List.of() : run(query, limit);
    }

    /** Articles nearest to an embedding (cosine), best first. */
    public List<Hit> nearest(float[] embedding, int limit) {
        return run(new KnnFloatVectorQuery(VECTOR, embedding, limit), limit);
    }

    private List<Hit> run(Query query, int limit) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc d : searcher.search(query, limit).scoreDocs) {
                    hits.add(new Hit(searcher.storedFields().document(d.doc).get(ID), d.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes additions searchable now (they become so within half a second anyway). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            System.err.println("corroborate: search index refresh failed: " + e.getMessage());
        }
    }

    /** Commits what was added, with the arrival number it covers. */
    public void commit() {
        long seq;
        synchronized (this) {
            seq = highestSeq;
        }
        try {
            if (writer.hasUncommittedChanges()) {
                writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq), STORE, store).entrySet());
                writer.commit();
            }
            synchronized (this) {
                committedSeq = Math.max(committedSeq, seq);
            }
        } catch (IOException | IllegalStateException e) {
            System.err.println("corroborate: search index commit failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        // never interrupt a thread in the middle of Lucene I/O: an interrupt closes its file channels for good
        committer.shutdown();
        try {
            committer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commit();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
