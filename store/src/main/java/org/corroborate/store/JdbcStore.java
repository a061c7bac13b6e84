package org.corroborate.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * The store over JDBC: an SQLite file (WAL, {@code synchronous=FULL}, so a write that returned survives a crash) or
 * a PostgreSQL database, with the same Flyway migrations for both. One connection writes, under a lock; a few
 * others read, so readers never wait for a write in SQLite's WAL mode nor in PostgreSQL. Thread-safe.
 */
public final class JdbcStore implements Store {
    private static final int READERS = 4;
    private final String url;
    private Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final boolean sqlite;

    private JdbcStore(String url, String user, String password) throws SQLException {
        this.url = url;
        this.sqlite = url.startsWith("jdbc:sqlite:");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        this.writer = connect(url, user, password);
        writer.setAutoCommit(false);
        for (int i = 0; i < READERS; i++) {
            readers.add(connect(url, user, password));
        }
        this.identity = write(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE name = 'identity'");
                 ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getString(1);
                }
            }
            String made = java.util.UUID.randomUUID().toString();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO meta (name, value) VALUES ('identity', ?)")) {
                s.setString(1, made);
                s.executeUpdate();
            }
            return made;
        });
    }

    private final String identity;

    @Override
    public String identity() {
        return identity;
    }

    /** An SQLite file, created with its folder when absent. */
    public static JdbcStore sqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new JdbcStore("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    /** A database by JDBC URL ({@code jdbc:postgresql://host/db?user=...&password=...} or {@code jdbc:sqlite:...}). */
    public static JdbcStore open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a database is a file path, jdbc:sqlite:... or jdbc:postgresql://...,"
                    + " not " + jdbcUrl);
        }
        try {
            return new JdbcStore(jdbcUrl, null, null);
        } catch (SQLException e) {
            throw new StoreException(redacted(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    /** A key of PostgreSQL's advisory locks that only Corroborate's writers take ("Corrobo" in ASCII). */
    static final long WRITER_LOCK_KEY = 0x436f72726f626fL;

    /**
     * Takes a database's writer lock for one process, before the store is opened (opening migrates the schema): on
     * PostgreSQL a session advisory lock on a connection of its own (TCP keep-alive on, so a lock of a machine that
     * went away is let go of when the server notices), held until the returned lock is closed or the process ends;
     * empty when another session holds it. SQLite needs none here (the caller locks a file beside the database).
     */
    public static java.util.Optional<AutoCloseable> tryWriterLock(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            return java.util.Optional.of(() -> { });
        }
        try {
            java.util.Properties keepAlive = new java.util.Properties();
            keepAlive.setProperty("tcpKeepAlive", "true");
            Connection c = DriverManager.getConnection(jdbcUrl, keepAlive);
            boolean held;
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                s.setLong(1, WRITER_LOCK_KEY);
                try (ResultSet r = s.executeQuery()) {
                    held = r.next() && r.getBoolean(1);
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            if (!held) {
                c.close();
                return java.util.Optional.empty();
            }
            // unlocked before the connection closes: a closed connection's backend lets go of its locks only when
            // it exits, after close returns, and a writer starting at once would find the lock still held
            return java.util.Optional.of(() -> {
                try (c; PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    s.setLong(1, WRITER_LOCK_KEY);
                    s.execute();
                }
            });
        } catch (SQLException e) {
            throw new StoreException(redacted(jdbcUrl) + ": cannot take the writer lock: " + e.getMessage(), e);
        }
    }

    /** {@link #tryWriterLock(String)} of this store's database. */
    public java.util.Optional<AutoCloseable> tryWriterLock() {
        return tryWriterLock(url);
    }

    /** A headline as word search compares it. */
    private static String key(String headline) {
        return headline == null ? null : headline.toLowerCase(java.util.Locale.ROOT);
    }

    private static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Connection c = user == null ? DriverManager.getConnection(jdbcUrl)
                : DriverManager.getConnection(jdbcUrl, user, password);
        if (sqlite) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        return c;
    }

    /** Where the store is, without a password. */
    public String describe() {
        return redacted(url);
    }

    private interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    private interface Write<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection", e);
        }
        try {
            return work.apply(c);
        } catch (SQLException e) {
            c = replaceIfBroken(c);
            throw new StoreException(e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    /**
     * A connection that failed is checked, and replaced when it is dead (the database restarted, the network
     * dropped), so one outage does not break the store until the process restarts. The failed call still fails.
     */
    private Connection replaceIfBroken(Connection c) {
        try {
            if (c.isValid(2)) {
                return c;
            }
        } catch (SQLException ignored) {
            // not valid either
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // it is broken already
        }
        try {
            return connect(url, null, null);
        } catch (SQLException e) {
            System.err.println("corroborate: " + describe() + ": cannot reconnect yet: " + e.getMessage());
            return c; // checked again at its next failure
        }
    }

    private synchronized <T> T write(Write<T> work) {
        try {
            T result = work.apply(writer);
            writer.commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            Connection replaced = replaceIfBroken(writer);
            if (replaced != writer) {
                writer = replaced;
                try {
                    writer.setAutoCommit(false);
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
            }
            throw new StoreException(e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    private void rollback(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    @Override
    public boolean contains(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    @Override
    public Optional<String> sameContent(String articleUrl, String contentHash) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM articles WHERE url = ? AND content_hash = ? ORDER BY seq LIMIT 1")) {
                s.setString(1, articleUrl);
                s.setString(2, contentHash);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public long nextSeq() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COALESCE(MAX(seq), 0) FROM articles")) {
                r.next();
                return r.getLong(1) + 1;
            }
        });
    }

    @Override
    public void add(StoredArticle a, String headline, List<long[]> merges) {
        write(c -> {
            insertArticle(c, a, headline, merges);
            return null;
        });
    }

    /** An article, its story's count and the merges its arrival caused, within the caller's transaction. */
    private void insertArticle(Connection c, StoredArticle a, String headline, List<long[]> merges)
            throws SQLException {
        insert(c, a, headline);
        recount(c, a.story(), a.received());
        for (long[] merge : merges) {
            merge(c, merge[0], merge[1], a.received());
        }
    }

    @Override
    public void add(List<Addition> additions, List<LogEntry> logs) {
        write(c -> {
            for (Addition a : additions) {
                insertArticle(c, a.article(), a.headline(), a.merges());
                insertLog(c, a.article().received(), a.origin(), a.article().id(), STORED, null);
            }
            for (LogEntry log : logs) {
                insertLog(c, log.received(), log.origin(), log.article().orElse(null), log.outcome(),
                        log.reason().orElse(null));
            }
            return null;
        });
    }

    @Override
    public List<Long> storiesWithoutBrief() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id FROM stories WHERE brief_version = 0 ORDER BY id")) {
                List<Long> ids = new ArrayList<>();
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
                return ids;
            }
        });
    }

    @Override
    public void addAll(List<StoredArticle> articles, java.util.function.Function<StoredArticle, String> headline) {
        write(c -> {
            java.util.Set<Long> touched = new java.util.LinkedHashSet<>();
            for (StoredArticle a : articles) {
                insert(c, a, headline.apply(a));
                touched.add(a.story());
            }
            long now = articles.isEmpty() ? 0 : articles.get(articles.size() - 1).received();
            for (long story : touched) {
                recount(c, story, now);
            }
            return null;
        });
    }

    private static void insert(Connection c, StoredArticle a, String headline) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, seq, story, source, url, title, "
                + "published, content_hash, duplicate_of, received, input, analysis, profile) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.id());
            s.setLong(2, a.seq());
            s.setLong(3, a.story());
            s.setString(4, a.source());
            s.setString(5, a.url().orElse(null));
            s.setString(6, a.title().orElse(null));
            s.setString(7, a.published().orElse(null));
            s.setString(8, a.contentHash());
            s.setString(9, a.duplicateOf().orElse(null));
            s.setLong(10, a.received());
            s.setString(11, a.input());
            s.setString(12, a.analysis());
            s.setString(13, a.profile());
            s.executeUpdate();
        }
        boolean exists;
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
            s.setLong(1, a.story());
            try (ResultSet r = s.executeQuery()) {
                exists = r.next();
            }
        }
        if (!exists) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stories (id, headline, articles, sources, "
                    + "corroborated, created, updated, brief_version, headline_key) VALUES (?, ?, 0, 0, 0, ?, ?, 0, ?)")) {
                s.setLong(1, a.story());
                s.setString(2, headline);
                s.setLong(3, a.received());
                s.setLong(4, a.received());
                s.setString(5, key(headline));
                s.executeUpdate();
            }
        }
    }

    /** Counts a story's articles and sources again. */
    private static void recount(Connection c, long story, long updated) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE stories SET "
                + "articles = (SELECT COUNT(*) FROM articles WHERE story = ?), "
                + "sources = (SELECT COUNT(DISTINCT source) FROM articles WHERE story = ?), "
                + "updated = ? WHERE id = ?")) {
            s.setLong(1, story);
            s.setLong(2, story);
            s.setLong(3, updated);
            s.setLong(4, story);
            s.executeUpdate();
        }
    }

    @Override
    public void merge(long from, long into) {
        write(c -> {
            merge(c, from, into, System.currentTimeMillis());
            return null;
        });
    }

    private static void merge(Connection c, long from, long into, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE articles SET story = ? WHERE story = ?")) {
            s.setLong(1, into);
            s.setLong(2, from);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
            s.setLong(1, from);
            s.executeUpdate();
        }
        recount(c, into, now);
    }

    private static final String ARTICLE_COLUMNS = "id, seq, story, source, url, title, published, content_hash, "
            + "duplicate_of, received, input, analysis, profile";

    private static StoredArticle article(ResultSet r) throws SQLException {
        return new StoredArticle(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4),
                Optional.ofNullable(r.getString(5)), Optional.ofNullable(r.getString(6)),
                Optional.ofNullable(r.getString(7)), r.getString(8), Optional.ofNullable(r.getString(9)),
                r.getLong(10), r.getString(11), r.getString(12), r.getString(13));
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(article(r)) : Optional.<StoredArticle>empty();
                }
            }
        });
    }

    @Override
    public Map<String, Long> storiesOf(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> list = List.copyOf(ids);
        return read(c -> {
            Map<String, Long> stories = new java.util.HashMap<>();
            for (int from = 0; from < list.size(); from += 500) {
                List<String> part = list.subList(from, Math.min(list.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("SELECT id, story FROM articles WHERE id IN (" + marks
                        + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        s.setString(i + 1, part.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            stories.put(r.getString(1), r.getLong(2));
                        }
                    }
                }
            }
            return stories;
        });
    }

    @Override
    public List<StoredArticle> articlesOf(long story) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM articles WHERE story = ? ORDER BY seq")) {
                s.setLong(1, story);
                List<StoredArticle> list = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(article(r));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public void replay(Consumer<StoredArticle> sink) {
        read(c -> {
            // PostgreSQL streams rows by the fetch size only inside a transaction
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM articles ORDER BY seq")) {
                s.setFetchSize(500);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(article(r));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    @Override
    public long articleCount() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static final String STORY_COLUMNS = "id, headline, articles, sources, corroborated, created, updated, "
            + "brief_version";

    private static StorySummary story(ResultSet r) throws SQLException {
        return new StorySummary(r.getLong(1), Objects.requireNonNullElse(r.getString(2), ""), r.getInt(3),
                r.getInt(4), r.getInt(5), r.getLong(6), r.getLong(7), r.getInt(8));
    }

    @Override
    public Optional<StorySummary> story(long id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(story(r)) : Optional.<StorySummary>empty();
                }
            }
        });
    }

    @Override
    public List<StorySummary> stories(StoryQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + STORY_COLUMNS + " FROM stories s WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        q.words().ifPresent(w -> {
            for (String word : w.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (!word.isBlank()) {
                    sql.append(" AND headline_key LIKE ? ESCAPE '!'");
                    args.add("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                }
            }
        });
        q.from().ifPresent(t -> {
            sql.append(" AND updated >= ?");
            args.add(t);
        });
        q.to().ifPresent(t -> {
            sql.append(" AND created <= ?");
            args.add(t);
        });
        q.source().ifPresent(src -> {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id AND a.source = ?)");
            args.add(src);
        });
        sql.append(q.order() == StoryQuery.Order.NEWEST ? " ORDER BY updated DESC, id DESC"
                : " ORDER BY articles DESC, updated DESC, id DESC");
        sql.append(" LIMIT ? OFFSET ?");
        args.add((long) q.pageSize());
        args.add((long) (q.page() - 1) * q.pageSize());
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    Object v = args.get(i);
                    if (v instanceof Long l) {
                        s.setLong(i + 1, l);
                    } else {
                        s.setString(i + 1, (String) v);
                    }
                }
                List<StorySummary> list = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(story(r));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public int addBrief(long story, long created, int articles, String headline, int corroborated, String json,
                        String html) {
        return write(c -> {
            int version;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM briefs WHERE story = ?")) {
                s.setLong(1, story);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    version = r.getInt(1) + 1;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO briefs (story, version, created, articles, json, "
                    + "html) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, story);
                s.setInt(2, version);
                s.setLong(3, created);
                s.setInt(4, articles);
                s.setString(5, json);
                s.setString(6, html);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE stories SET brief_version = ?, headline = ?, "
                    + "corroborated = ?, updated = ?, headline_key = ? WHERE id = ?")) {
                s.setInt(1, version);
                s.setString(2, headline);
                s.setInt(3, corroborated);
                s.setLong(4, created);
                s.setString(5, key(headline));
                s.setLong(6, story);
                s.executeUpdate();
            }
            return version;
        });
    }

    private Optional<BriefVersion> brief(String where, long story, int version) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT story, version, created, articles, json, html "
                    + "FROM briefs WHERE story = ? " + where)) {
                s.setLong(1, story);
                if (version > 0) {
                    s.setInt(2, version);
                }
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new BriefVersion(r.getLong(1), r.getInt(2), r.getLong(3),
                            r.getInt(4), r.getString(5), r.getString(6))) : Optional.<BriefVersion>empty();
                }
            }
        });
    }

    @Override
    public Optional<BriefVersion> brief(long story, int version) {
        return version < 1 ? Optional.empty() : brief("AND version = ?", story, version);
    }

    @Override
    public Optional<BriefVersion> latestBrief(long story) {
        return brief("ORDER BY version DESC LIMIT 1", story, 0);
    }

    @Override
    public List<BriefVersion> versions(long story) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT story, version, created, articles FROM briefs "
                    + "WHERE story = ? ORDER BY version DESC")) {
                s.setLong(1, story);
                List<BriefVersion> list = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(new BriefVersion(r.getLong(1), r.getInt(2), r.getLong(3), r.getInt(4), "", ""));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public List<Map.Entry<String, Long>> sources() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT source, COUNT(*) AS n FROM articles GROUP BY source ORDER BY n DESC, source")) {
                List<Map.Entry<String, Long>> list = new ArrayList<>();
                while (r.next()) {
                    list.add(Map.entry(r.getString(1), r.getLong(2)));
                }
                return list;
            }
        });
    }

    private static final String FEED_COLUMNS = "id, url, every_seconds, etag, last_modified, created, last_polled, "
            + "last_status, articles";

    private static Feed feed(ResultSet r) throws SQLException {
        return new Feed(r.getLong(1), r.getString(2), r.getLong(3), Optional.ofNullable(r.getString(4)),
                Optional.ofNullable(r.getString(5)), r.getLong(6), r.getLong(7), Optional.ofNullable(r.getString(8)),
                r.getLong(9));
    }

    @Override
    public long addFeed(String feedUrl, long everySeconds, long now) {
        return write(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM feeds WHERE url = ?")) {
                s.setString(1, feedUrl);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        throw new IllegalArgumentException("already subscribed to " + feedUrl + " as feed "
                                + r.getLong(1));
                    }
                }
            }
            long id;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COALESCE(MAX(id), 0) + 1 FROM feeds")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feeds (" + FEED_COLUMNS
                    + ") VALUES (?, ?, ?, NULL, NULL, ?, 0, NULL, 0)")) {
                s.setLong(1, id);
                s.setString(2, feedUrl);
                s.setLong(3, everySeconds);
                s.setLong(4, now);
                s.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public List<Feed> feeds() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + FEED_COLUMNS
                    + " FROM feeds ORDER BY id")) {
                List<Feed> list = new ArrayList<>();
                while (r.next()) {
                    list.add(feed(r));
                }
                return list;
            }
        });
    }

    @Override
    public Optional<Feed> feed(long id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feeds WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(feed(r)) : Optional.<Feed>empty();
                }
            }
        });
    }

    @Override
    public boolean deleteFeed(long id) {
        return write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void feedPolled(long id, long time, Optional<String> etag, Optional<String> lastModified, String status,
                           long added) {
        write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE feeds SET last_polled = ?, etag = ?, "
                    + "last_modified = ?, last_status = ?, articles = articles + ? WHERE id = ?")) {
                s.setLong(1, time);
                s.setString(2, etag.orElse(null));
                s.setString(3, lastModified.orElse(null));
                s.setString(4, status);
                s.setLong(5, added);
                s.setLong(6, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<LogEntry> log(int limit) {
        return read(c -> {
            // the log has no key: newest first by time, then by insertion order where the database keeps it
            try (PreparedStatement s = c.prepareStatement("SELECT received, origin, article, outcome, reason "
                    + "FROM ingest_log ORDER BY received DESC LIMIT ?")) {
                s.setInt(1, limit);
                List<LogEntry> list = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(new LogEntry(r.getLong(1), r.getString(2), Optional.ofNullable(r.getString(3)),
                                r.getString(4), Optional.ofNullable(r.getString(5))));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public void log(long received, String origin, String article, String outcome, String reason) {
        write(c -> {
            insertLog(c, received, origin, article, outcome, reason);
            return null;
        });
    }

    private static void insertLog(Connection c, long received, String origin, String article, String outcome,
                                  String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ingest_log (received, origin, article, outcome, "
                + "reason) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, received);
            s.setString(2, origin);
            s.setString(3, article);
            s.setString(4, outcome);
            s.setString(5, reason);
            s.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (SQLException ignored) {
            // closing: nothing left to lose
        }
        for (Connection c : readers) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
    }
}
