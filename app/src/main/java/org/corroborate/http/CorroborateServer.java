package org.corroborate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.CachingEmbedder;
import org.corroborate.embed.Embedder;
import org.corroborate.store.BriefVersion;
import org.corroborate.store.SearchIndex;
import org.corroborate.store.Store;
import org.corroborate.store.StoredArticle;
import org.corroborate.store.StoryQuery;
import org.corroborate.store.StorySummary;

/**
 * The Corroborate server: a JSON API (docs/api.md, {@code /api/openapi.json}) and a web page over one store. Writes
 * need {@code Authorization: Bearer TOKEN}; reads are open. Errors are JSON {@code {"error", "status"}} under
 * {@code /api}. No page runs a script, every article's text is escaped, and the Content-Security-Policy forbids
 * scripts altogether. Thread-safe.
 */
public final class CorroborateServer implements AutoCloseable {
    /**
     * Settings: where to listen, the write token, the largest request body, how long a story waits for more news
     * before its brief is rebuilt, and whether feeds on local or private addresses may be polled.
     */
    public record Config(String host, int port, String token, long maxBodyBytes, long debounceMillis,
                         boolean allowPrivateFeeds) {
        public Config {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(token, "token");
            if (token.length() < 16) {
                throw new IllegalArgumentException("a token needs at least 16 characters");
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private final Store store;
    private final Optional<SearchIndex> index;
    private final Embedder embedder;
    /** Statement vectors kept for brief rebuilds: about 2 KB each, so 20,000 take about 40 MB. */
    private static final int STATEMENT_VECTORS = 20_000;
    private final CachingEmbedder statementVectors;
    private final Config config;
    private final BriefRebuilder briefs;
    private final IngestPipeline pipeline;
    private final FeedPoller feeds;
    private final Javalin app;
    private final long restored;

    /** A server without search. */
    public CorroborateServer(Store store, Embedder embedder, StoryModel model, Config config) {
        this(store, Optional.empty(), embedder, model, config);
    }

    public CorroborateServer(Store store, Optional<SearchIndex> index, Embedder embedder, StoryModel model,
                             Config config) {
        this.store = Objects.requireNonNull(store, "store");
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.config = Objects.requireNonNull(config, "config");
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        // a story's rebuild asks again for every statement's vector: each is embedded once
        this.statementVectors = new CachingEmbedder(embedder, STATEMENT_VECTORS);
        this.briefs = new BriefRebuilder(store, analyzer, new BriefBuilder(statementVectors,
                BriefBuilder.Config.DEFAULTS),
                config.debounceMillis());
        this.pipeline = new IngestPipeline(store, index, analyzer, embedder, model, briefs);
        this.briefs.relatedBy(pipeline::related);
        this.restored = pipeline.restore();
        this.feeds = new FeedPoller(store, pipeline, new FeedPoller.Config(config.allowPrivateFeeds(),
                config.maxBodyBytes(), java.time.Duration.ofSeconds(20)));
        this.app = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = config.maxBodyBytes();
            // a known path asked with another method answers 405 with Allow, not 404
            cfg.http.prefer405over404 = true;
            cfg.startup.showJavalinBanner = false;
            cfg.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            getAndHead(cfg.routes, "/api/health", this::health);
            cfg.routes.post("/api/articles", this::postArticles);
            // <id>: an article's id may hold slashes (a file's path), sent as they are or as %2F
            getAndHead(cfg.routes, "/api/articles/<id>", this::getArticle);
            getAndHead(cfg.routes, "/api/stories", this::getStories);
            getAndHead(cfg.routes, "/api/stories/{id}", this::getStory);
            getAndHead(cfg.routes, "/api/stories/{id}/versions", this::getVersions);
            getAndHead(cfg.routes, "/api/stories/{id}/versions/{version}", this::getVersion);
            getAndHead(cfg.routes, "/api/stories/{id}/changes", this::getChanges);
            getAndHead(cfg.routes, "/api/ingest-log", this::getIngestLog);
            getAndHead(cfg.routes, "/api/sources", this::getSources);
            getAndHead(cfg.routes, "/api/search", this::getSearch);
            getAndHead(cfg.routes, "/api/feeds", ctx -> {
                ObjectNode body = JSON.createObjectNode();
                ArrayNode list = body.putArray("feeds");
                boolean full = hasToken(ctx);
                store.feeds().forEach(f -> list.add(feed(f, full)));
                json(ctx, body);
            });
            cfg.routes.post("/api/feeds", this::postFeed);
            getAndHead(cfg.routes, "/api/feeds/{id}", ctx -> json(ctx, feed(feedOf(ctx), hasToken(ctx))));
            cfg.routes.delete("/api/feeds/{id}", ctx -> {
                requireToken(ctx);
                store.deleteFeed(feedOf(ctx).id());
                ctx.status(204);
            });
            cfg.routes.post("/api/feeds/{id}/poll", ctx -> {
                requireToken(ctx);
                feeds.poll(feedOf(ctx));
                json(ctx, feed(feedOf(ctx), true));
            });
            getAndHead(cfg.routes, "/feeds", ctx -> Pages.feeds(ctx, store.feeds()));
            getAndHead(cfg.routes, "/search", ctx -> Pages.searchResults(ctx, param(ctx, "q").orElse(""),
                    Boolean.parseBoolean(ctx.queryParam("semantic")), param(ctx, "q").isEmpty() ? List.of()
                            : search(ctx)));
            getAndHead(cfg.routes, "/api/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
            getAndHead(cfg.routes, "/", ctx -> Pages.storyList(ctx, store, query(ctx)));
            getAndHead(cfg.routes, "/favicon.ico", ctx -> ctx.status(204)); // no icon; browsers ask anyway
            getAndHead(cfg.routes, "/stories/{id}", ctx -> {
                long id = storyId(ctx);
                // a link made before the story was merged (a related story in an older brief) still leads there;
                // the clusterer (behind the ingest lock) is asked only for a story the store does not hold
                long now = store.story(id).isPresent() ? id : pipeline.current(id);
                if (now != id) {
                    ctx.redirect("/stories/" + now);
                    return;
                }
                Pages.story(ctx, store, id, version(ctx));
            });
            getAndHead(cfg.routes, "/articles/<id>", ctx -> Pages.article(ctx, store.article(ctx.pathParam("id"))
                    .orElseThrow(() -> new ApiException(404, "no article " + ctx.pathParam("id")))));
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            // what the router answers itself (no such endpoint, a method the path does not take): JSON under /api
            // like every other error, not Javalin's plain text
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> routerError(ctx, e));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("corroborate: " + ctx.method() + " " + ctx.path() + ": " + e);
                error(ctx, 500, "internal error; the server log has the details");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "no such page: " + ctx.path());
                }
            });
            cfg.routes.error(413, ctx -> error(ctx, 413, "the body is over " + config.maxBodyBytes() + " bytes"));
        });
    }

    /** Starts listening and polling feeds; returns this. */
    public CorroborateServer start() {
        app.start(config.host(), config.port());
        feeds.start();
        return this;
    }

    /** The port it listens on (the one the system chose when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** How many stored articles were replayed into the clusterer at start. */
    public long restored() {
        return restored;
    }

    /** Builds every waiting brief now. */
    public void flushBriefs() {
        briefs.flush();
    }

    @Override
    public void close() {
        feeds.close();
        app.stop();
        briefs.close();
    }

    private org.corroborate.store.Feed feedOf(Context ctx) {
        try {
            long id = Long.parseLong(ctx.pathParam("id"));
            return store.feed(id).orElseThrow(() -> new ApiException(404, "no feed " + id));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "no feed " + ctx.pathParam("id"));
        }
    }

    /** A feed as JSON; without the token, its URL loses what may be a secret (user info, query). */
    private static ObjectNode feed(org.corroborate.store.Feed f, boolean full) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", f.id());
        node.put("url", full ? f.url() : publicUrl(f.url()));
        node.put("everySeconds", f.everySeconds());
        node.put("created", Instant.ofEpochMilli(f.created()).toString());
        if (f.lastPolled() > 0) {
            node.put("lastPolled", Instant.ofEpochMilli(f.lastPolled()).toString());
        }
        f.lastStatus().ifPresent(s -> node.put("lastStatus", s));
        node.put("articles", f.articles());
        return node;
    }

    private void postFeed(Context ctx) {
        requireToken(ctx);
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiException(400, "expected {\"url\": \"https://...\", \"every\": \"15m\"}: "
                    + e.getMessage());
        }
        if (body == null || !body.hasNonNull("url")) {
            throw new ApiException(400, "expected {\"url\": \"https://...\", \"every\": \"15m\"}");
        }
        long every = FeedPoller.seconds(body.hasNonNull("every") ? body.get("every").asText() : "15m");
        String url = feeds.check(body.get("url").asText()).toString();
        long id = store.addFeed(url, every, System.currentTimeMillis());
        ctx.status(201).header("Location", "/api/feeds/" + id);
        json(ctx, feed(store.feed(id).orElseThrow(), true));
    }

    /**
     * A GET route, and HEAD by the same handler: Javalin answers HEAD of a GET route itself without running it, so
     * with text/plain and no length where the GET gives a page or JSON. The body is dropped from a HEAD's answer.
     */
    private static void getAndHead(io.javalin.router.JavalinDefaultRoutingApi routes, String path,
            io.javalin.http.Handler handler) {
        routes.get(path, handler);
        routes.head(path, ctx -> {
            handler.handle(ctx);
            String body = ctx.result();
            if (body != null) {
                ctx.header("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
            }
        });
    }

    /** The router's own 404, 405 and 413, in this server's words. */
    private void routerError(Context ctx, HttpResponseException e) {
        String where = ctx.method().name() + " " + ctx.path();
        if (e.getStatus() == 405) {
            Object methods = e.getDetails().get("availableMethods");
            String allowed = methods == null ? "" : methods.toString().replaceAll("[\\[\\]]", "");
            if (!allowed.isEmpty()) {
                ctx.header("Allow", allowed);
            }
            error(ctx, 405, where + " is not allowed" + (allowed.isEmpty() ? "" : "; this path takes " + allowed));
        } else if (e.getStatus() == 404) {
            error(ctx, 404, ctx.path().startsWith("/api/") ? "no such endpoint: " + where
                    + " (GET /api/openapi.json lists them)" : "no such page: " + ctx.path());
        } else if (e.getStatus() == 413) {
            error(ctx, 413, "the body is over " + config.maxBodyBytes() + " bytes");
        } else {
            error(ctx, e.getStatus(), e.getMessage());
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ObjectNode body = JSON.createObjectNode();
            body.put("error", message);
            body.put("status", status);
            ctx.contentType("application/json").result(body.toString());
        } else {
            ctx.contentType("text/html; charset=utf-8").result(Pages.error(status, message));
        }
    }

    private static void json(Context ctx, JsonNode body) {
        ctx.contentType("application/json").result(body.toString());
    }

    private void health(Context ctx) {
        ObjectNode body = JSON.createObjectNode();
        // a server that refuses every write is not healthy, though it still answers reads
        java.util.Optional<String> broken = pipeline.broken();
        body.put("status", broken.isPresent() ? "failing" : "ok");
        broken.ifPresent(reason -> body.put("error", reason));
        body.put("articles", store.articleCount());
        body.put("briefsPending", briefs.pending());
        long[] vectors = statementVectorCounts();
        body.putObject("statementVectors").put("reused", vectors[0]).put("embedded", vectors[1]);
        double[] stages = ingestStageMillis();
        ObjectNode ingest = body.putObject("ingestMillisPerArticle");
        for (int k = 0; k < IngestPipeline.STAGES.size(); k++) {
            ingest.put(IngestPipeline.STAGES.get(k), Math.round(stages[k] * 100) / 100.0);
        }
        if (broken.isPresent()) {
            ctx.status(503);
        }
        json(ctx, body);
    }

    /**
     * Milliseconds per ingested article since the start: analysis, embedding, and clustering with the durable store
     * write (what shows whether storage is the bottleneck); then the number of articles.
     */
    public double[] ingestStageMillis() {
        return pipeline.stageMillisPerArticle();
    }

    /**
     * How many statement vectors brief rebuilds took from memory and how many they embedded, since the start: what
     * keeps a growing story's rebuilds from embedding it all again.
     */
    public long[] statementVectorCounts() {
        return statementVectors.counts();
    }

    /** A feed URL as anyone may see it: no user info, and "?..." for a query, which may hold a key. */
    static String publicUrl(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            return new java.net.URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null)
                    + (u.getRawQuery() == null ? "" : "?...");
        } catch (java.net.URISyntaxException e) {
            return "(hidden)";
        }
    }

    private boolean hasToken(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + config.token()).getBytes(StandardCharsets.UTF_8));
    }

    private void requireToken(Context ctx) {
        if (!hasToken(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "writes need the header Authorization: Bearer TOKEN (the token serve "
                    + "printed when it started)");
        }
    }

    private void postArticles(Context ctx) {
        requireToken(ctx);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiException(400, "the body is empty: send one JSON article or JSON Lines");
        }
        if (binary(body)) {
            throw new ApiException(400, "the body is binary (NUL bytes, or not UTF-8 from its start), not JSON "
                    + "Lines: send one JSON article or UTF-8 JSON Lines");
        }
        // one article as a (possibly pretty-printed) JSON object is one line
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("{") && text.indexOf('\n') >= 0) {
            try {
                JsonNode one = JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature
                        .FAIL_ON_TRAILING_TOKENS).readTree(text);
                if (one != null && one.isObject()) {
                    body = one.toString().getBytes(StandardCharsets.UTF_8);
                }
            } catch (IOException notOneObject) {
                // JSON Lines, read line by line below
            }
        }
        ObjectNode response = ingest("request", body);
        if (response.has("error")) {
            ctx.status(400);
        }
        json(ctx, response);
    }

    /**
     * Whether a body is no text at all (an image, an archive), answered once as a whole rather than line by line: a
     * NUL byte in its first 8 KiB, as the command line finds a binary file, or bytes that are not UTF-8 there when it
     * does not start as JSON (a line of JSON with a bad byte is that line's problem).
     */
    static boolean binary(byte[] body) {
        int length = Math.min(body.length, 8192);
        int first = -1;
        for (int i = 0; i < length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (first < 0 && !Character.isWhitespace(body[i])) {
                first = i;
            }
        }
        if (first >= 0 && body[first] == '{') {
            return false;
        }
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        // not the end of input: a character cut at 8 KiB is no error
        return utf8.decode(java.nio.ByteBuffer.wrap(body, 0, length), java.nio.CharBuffer.allocate(length), false)
                .isError();
    }

    /**
     * Ingests JSON Lines as {@code POST /api/articles} does, without HTTP (for {@code ingest --db}): the same answer,
     * with {@code error} naming the first rejected line when there is one. {@code name} names the input in messages.
     */
    public ObjectNode ingest(String name, byte[] body) {
        IngestPipeline.Result result;
        try {
            result = pipeline.ingest(name, body);
        } catch (IllegalStateException e) {
            throw new ApiException(503, e.getMessage());
        }
        ObjectNode response = JSON.createObjectNode();
        long rejected = result.count(IngestPipeline.LineResult.REJECTED);
        response.put("stored", result.count(IngestPipeline.LineResult.STORED));
        response.put("duplicates", result.count(IngestPipeline.LineResult.DUPLICATE));
        response.put("rejected", rejected);
        ArrayNode lines = response.putArray("lines");
        for (IngestPipeline.LineResult r : result.lines()) {
            ObjectNode line = lines.addObject();
            line.put("line", r.line());
            r.id().ifPresent(id -> line.put("id", id));
            line.put("outcome", r.outcome());
            r.story().ifPresent(s -> line.put("story", s));
            r.reason().ifPresent(reason -> line.put("reason", reason));
        }
        if (rejected > 0) {
            IngestPipeline.LineResult first = result.lines().stream()
                    .filter(r -> r.outcome().equals(IngestPipeline.LineResult.REJECTED)).findFirst().orElseThrow();
            response.put("error", first.reason().orElse("line " + first.line() + " was rejected"));
            response.put("status", 400);
        }
        return response;
    }

    private void getArticle(Context ctx) {
        StoredArticle a = store.article(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "no article " + ctx.pathParam("id")));
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(a.analysis());
            body.put("story", a.story());
            json(ctx, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryQuery query(Context ctx) {
        int page = intParam(ctx, "page", 1);
        int size = intParam(ctx, "pageSize", 20);
        String order = Optional.ofNullable(ctx.queryParam("order")).orElse("newest");
        if (!order.equals("newest") && !order.equals("largest")) {
            throw new ApiException(400, "order is newest or largest, not " + order);
        }
        if (page < 1 || size < 1 || size > StoryQuery.MAX_PAGE_SIZE) {
            throw new ApiException(400, "page from 1, pageSize from 1 to " + StoryQuery.MAX_PAGE_SIZE);
        }
        return new StoryQuery(param(ctx, "q"), param(ctx, "from").map(v -> time(v, false)),
                param(ctx, "to").map(v -> time(v, true)), param(ctx, "source"),
                order.equals("newest") ? StoryQuery.Order.NEWEST : StoryQuery.Order.LARGEST, page, size);
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int intParam(Context ctx, String name, int otherwise) {
        Optional<String> value = param(ctx, name);
        try {
            return value.map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be a whole number, not " + value.get());
        }
    }

    /** An ISO-8601 instant or date; a date ends at its last millisecond when {@code end}. */
    private static long time(String value, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                        - (end ? 1 : 0);
            }
            return Instant.parse(value).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiException(400, "from and to are ISO-8601 dates or instants, not " + value);
        }
    }

    /** A 404 for a story the store does not hold, naming the story it was merged into when that is known. */
    private ApiException noStory(long id) {
        long now = pipeline.current(id);
        return new ApiException(404, now != id ? "story " + id + " was merged into story " + now : "no story " + id);
    }

    static long storyId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "no story " + ctx.pathParam("id"));
        }
    }

    private static int version(Context ctx) {
        return intParam(ctx, "version", 0);
    }

    private void getStories(Context ctx) {
        StoryQuery q = query(ctx);
        ObjectNode body = JSON.createObjectNode();
        body.put("page", q.page());
        body.put("pageSize", q.pageSize());
        ArrayNode stories = body.putArray("stories");
        for (StorySummary s : store.stories(q)) {
            stories.add(summary(s));
        }
        json(ctx, body);
    }

    private static ObjectNode summary(StorySummary s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", s.id());
        node.put("headline", s.headline());
        node.put("articles", s.articles());
        node.put("sources", s.sources());
        node.put("corroboratedFacts", s.corroborated());
        node.put("created", Instant.ofEpochMilli(s.created()).toString());
        node.put("updated", Instant.ofEpochMilli(s.updated()).toString());
        node.put("briefVersion", s.briefVersion());
        return node;
    }

    /** One lock per story whose first brief a reader is waiting for: many readers start one build, not many. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Object> firstBuilds =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The latest brief, built now if the story has none yet. */
    private BriefVersion latest(long id) {
        store.story(id).orElseThrow(() -> noStory(id));
        Optional<BriefVersion> latest = store.latestBrief(id);
        if (latest.isPresent()) {
            return latest.get();
        }
        Object lock = firstBuilds.computeIfAbsent(id, k -> new Object());
        try {
            synchronized (lock) {
                return store.latestBrief(id).or(() -> briefs.rebuild(id).flatMap(v -> store.brief(id, v)))
                        .orElseThrow(() -> noStory(id));
            }
        } finally {
            firstBuilds.remove(id, lock);
        }
    }

    private void getStory(Context ctx) {
        long id = storyId(ctx);
        BriefVersion brief = latest(id);
        String etag = "\"story-" + id + "-v" + brief.version() + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(brief.json());
    }

    private void getVersions(Context ctx) {
        long id = storyId(ctx);
        store.story(id).orElseThrow(() -> noStory(id));
        ObjectNode body = JSON.createObjectNode();
        body.put("story", id);
        ArrayNode versions = body.putArray("versions");
        for (BriefVersion v : store.versions(id)) {
            ObjectNode node = versions.addObject();
            node.put("version", v.version());
            node.put("created", Instant.ofEpochMilli(v.created()).toString());
            node.put("articles", v.articles());
        }
        json(ctx, body);
    }

    private void getVersion(Context ctx) {
        long id = storyId(ctx);
        int version;
        try {
            version = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "no version " + ctx.pathParam("version"));
        }
        store.story(id).orElseThrow(() -> noStory(id));
        BriefVersion brief = store.brief(id, version)
                .orElseThrow(() -> new ApiException(404, "story " + id + " has no version " + version));
        ctx.contentType("application/json").result(brief.json());
    }

    /** A story that matched a search, with its best matching articles. */
    record Found(StorySummary story, double score, List<StoredArticle> matches) {
    }

    private static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    /** Stories whose articles match {@code q} (full text, or by embedding with {@code semantic=true}), best first. */
    List<Found> search(Context ctx) {
        SearchIndex ix = index.orElseThrow(() -> new ApiException(404, "this server has no search index"));
        String q = param(ctx, "q").orElseThrow(() -> new ApiException(400, "search needs q=WORDS"));
        boolean semantic = Boolean.parseBoolean(ctx.queryParam("semantic"));
        int size = intParam(ctx, "pageSize", 20);
        if (size < 1 || size > StoryQuery.MAX_PAGE_SIZE) {
            throw new ApiException(400, "pageSize from 1 to " + StoryQuery.MAX_PAGE_SIZE);
        }
        List<SearchIndex.Hit> hits = semantic ? ix.nearest(embedder.embed(List.of(QUERY_PREFIX + q)).get(0), 100)
                : ix.search(q, 100);
        Map<String, Long> storyOf = store.storiesOf(hits.stream().map(SearchIndex.Hit::id).toList());
        Map<Long, List<String>> matches = new java.util.LinkedHashMap<>();
        Map<Long, Double> scores = new java.util.HashMap<>();
        for (SearchIndex.Hit hit : hits) {
            Long story = storyOf.get(hit.id());
            if (story == null || (!matches.containsKey(story) && matches.size() >= size)) {
                continue;
            }
            scores.putIfAbsent(story, hit.score());
            List<String> ids = matches.computeIfAbsent(story, k -> new java.util.ArrayList<>());
            if (ids.size() < 3) {
                ids.add(hit.id());
            }
        }
        Map<Long, Found> stories = new java.util.LinkedHashMap<>();
        matches.forEach((story, ids) -> store.story(story).ifPresent(summary -> stories.put(story,
                new Found(summary, scores.get(story), ids.stream().map(store::article).flatMap(Optional::stream)
                        .toList()))));
        return List.copyOf(stories.values());
    }

    private void getSearch(Context ctx) {
        ObjectNode body = JSON.createObjectNode();
        body.put("q", param(ctx, "q").orElse(""));
        body.put("semantic", Boolean.parseBoolean(ctx.queryParam("semantic")));
        ArrayNode stories = body.putArray("stories");
        for (Found f : search(ctx)) {
            ObjectNode node = summary(f.story());
            node.put("score", f.score());
            ArrayNode matches = node.putArray("matches");
            for (StoredArticle a : f.matches()) {
                ObjectNode m = matches.addObject();
                m.put("id", a.id());
                m.put("source", a.source());
                a.title().ifPresent(t -> m.put("title", t));
            }
            stories.add(node);
        }
        json(ctx, body);
    }

    /** What changed since version {@code since} (the reader's last look) up to the latest. */
    private void getChanges(Context ctx) {
        long id = storyId(ctx);
        store.story(id).orElseThrow(() -> noStory(id));
        int since = intParam(ctx, "since", 0);
        BriefVersion older = store.brief(id, since).orElseThrow(() -> new ApiException(400,
                "since must be a version of story " + id + " (GET /api/stories/" + id + "/versions lists them)"));
        BriefVersion newer = latest(id);
        json(ctx, BriefChanges.between(older, newer));
    }

    /** The latest outcomes of ingested lines, newest first: what was stored, refused as a copy, or rejected and why. */
    private void getIngestLog(Context ctx) {
        int limit = intParam(ctx, "limit", 100);
        if (limit < 1 || limit > 1000) {
            throw new ApiException(400, "limit from 1 to 1000");
        }
        ObjectNode body = JSON.createObjectNode();
        ArrayNode entries = body.putArray("entries");
        for (org.corroborate.store.LogEntry e : store.log(limit)) {
            ObjectNode node = entries.addObject();
            node.put("received", Instant.ofEpochMilli(e.received()).toString());
            node.put("origin", e.origin());
            e.article().ifPresent(a -> node.put("article", a));
            node.put("outcome", e.outcome());
            e.reason().ifPresent(r -> node.put("reason", r));
        }
        json(ctx, body);
    }

    private void getSources(Context ctx) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode sources = body.putArray("sources");
        for (Map.Entry<String, Long> e : store.sources()) {
            ObjectNode node = sources.addObject();
            node.put("source", e.getKey());
            node.put("articles", e.getValue());
        }
        json(ctx, body);
    }

    private static void resource(Context ctx, String name, String type) {
        try (InputStream in = CorroborateServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ApiException(404, name + " is missing from the jar");
            }
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The API's routes as the router holds them, each as "METHOD /path" (lower-case method, as OpenAPI names
     * operations): what the OpenAPI file must describe.
     */
    List<String> apiRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(h -> h.endpoint)
                // HEAD is every GET's, answered by its handler (getAndHead), not a route of its own to describe
                .filter(e -> e.path.startsWith("/api/") && e.method != io.javalin.http.HandlerType.HEAD)
                // a path parameter that takes slashes (<id>) is a plain one ({id}) in OpenAPI
                .map(e -> e.method.name().toLowerCase(java.util.Locale.ROOT) + " "
                        + e.path.replaceAll("<([^>]+)>", "{$1}")).sorted().toList();
    }
}
