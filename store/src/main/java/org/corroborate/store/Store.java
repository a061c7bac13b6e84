package org.corroborate.store;

import java.util.List;
import java.util.Optional;

/**
 * Where the server keeps articles, stories and every version of their briefs: SQLite by default, PostgreSQL for
 * teams ({@link JdbcStore}). Writes are durable when a method returns. Thread-safe.
 */
public interface Store extends AutoCloseable {
    /** A random name this database was given when first opened: what a search index checks it belongs to. */
    String identity();

    /** Whether an article of this id is stored. */
    boolean contains(String id);

    /** The id of a stored article with this URL and content, if there is one. */
    Optional<String> sameContent(String url, String contentHash);

    /** The next arrival number (one more than the highest stored). */
    long nextSeq();

    /**
     * Stores an article and counts it in its story (creating the story with {@code headline} when it is new), in one
     * transaction.
     */
    default void add(StoredArticle article, String headline) {
        add(article, headline, List.of());
    }

    /**
     * Stores an article and applies the story merges its arrival caused ({from, into} pairs, in order), in one
     * transaction: the database never holds one without the other.
     */
    void add(StoredArticle article, String headline, List<long[]> merges);

    /**
     * An article to store, the headline its story starts with if new, the merges its arrival caused, and where it
     * came from ("request:line"), logged as stored.
     */
    record Addition(StoredArticle article, String headline, List<long[]> merges, String origin) {
        public Addition {
            java.util.Objects.requireNonNull(article, "article");
            java.util.Objects.requireNonNull(headline, "headline");
            java.util.Objects.requireNonNull(origin, "origin");
            merges = List.copyOf(merges);
        }
    }

    /** The outcome the ingest log records for a stored article. */
    String STORED = "stored";

    /**
     * Stores articles as {@link #add(StoredArticle, String, List)} does, logs each as stored, and writes the other
     * log lines ({@code logs}: a request's duplicates and rejected lines), all in one transaction: one durable commit
     * for a request of many articles.
     */
    void add(List<Addition> additions, List<LogEntry> logs);

    /** Stories that have no brief yet (after a restart, their rebuild is due). */
    List<Long> storiesWithoutBrief();

    /**
     * Stores many articles in one transaction (imports and benchmarks); each story is created with the headline
     * {@code headline} gives for its first article.
     */
    void addAll(List<StoredArticle> articles, java.util.function.Function<StoredArticle, String> headline);

    /** Moves every article of story {@code from} into {@code into} and forgets {@code from}. */
    void merge(long from, long into);

    Optional<StoredArticle> article(String id);

    /** The story of each of these articles that is stored (one query, for search results). */
    java.util.Map<String, Long> storiesOf(java.util.Collection<String> ids);

    /** The articles of a story, in order of arrival. */
    List<StoredArticle> articlesOf(long story);

    /** Every article's id, story and profile in order of arrival, for rebuilding the clusterer after a restart. */
    void replay(java.util.function.Consumer<StoredArticle> sink);

    long articleCount();

    Optional<StorySummary> story(long id);

    List<StorySummary> stories(StoryQuery query);

    /** Stores a new brief of a story as its next version and returns that version. */
    int addBrief(long story, long created, int articles, String headline, int corroborated, String json,
                 String html);

    Optional<BriefVersion> brief(long story, int version);

    Optional<BriefVersion> latestBrief(long story);

    /** The versions of a story's brief, newest first, without their bodies. */
    List<BriefVersion> versions(long story);

    /** Names of sources with how many stored articles each has, most first. */
    List<java.util.Map.Entry<String, Long>> sources();

    /** Subscribes to a feed; its id. A feed of the same URL is refused with IllegalArgumentException. */
    long addFeed(String url, long everySeconds, long now);

    List<Feed> feeds();

    Optional<Feed> feed(long id);

    /** Unsubscribes; false when there was no such feed. */
    boolean deleteFeed(long id);

    /** Records a poll: when, the validators to send next time, what it gave, and how many articles it added. */
    void feedPolled(long id, long time, Optional<String> etag, Optional<String> lastModified, String status,
                    long added);

    /** The latest {@code limit} entries of the ingest log, newest first. */
    List<LogEntry> log(int limit);

    /** Records what happened to one input: stored, duplicate or rejected (with the reason). */
    void log(long received, String origin, String article, String outcome, String reason);

    @Override
    void close();
}
