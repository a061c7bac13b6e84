package org.corroborate.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleJson;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputProblem;
import org.corroborate.store.Feed;
import org.corroborate.store.Store;

/**
 * Polls subscribed RSS and Atom feeds on their schedules and ingests their items like posted articles. Each poll is
 * a conditional GET (ETag, Last-Modified) with timeouts, a size limit and at most {@value #MAX_REDIRECTS} redirects
 * followed by hand, so that every address it goes to is checked: loopback, private, link-local and other local
 * addresses are refused unless allowed (a server must not become a way into its own network). What each poll gave is
 * kept on the feed. One background thread. Thread-safe.
 */
final class FeedPoller implements AutoCloseable {
    /** Settings: whether local addresses may be polled, the largest feed, and the timeout of each request. */
    record Config(boolean allowPrivate, long maxBytes, Duration timeout) {
    }

    static final int MAX_REDIRECTS = 5;
    /** Feeds are not polled more often than this. */
    static final long MIN_EVERY_SECONDS = 60;
    private final Store store;
    private final IngestPipeline pipeline;
    private final Config config;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "corroborate-feeds");
        t.setDaemon(true);
        return t;
    });

    /** Cuts off slow bodies; a thread of its own, since polls run on the scheduler's one thread. */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "corroborate-feed-deadlines");
        t.setDaemon(true);
        return t;
    });

    FeedPoller(Store store, IngestPipeline pipeline, Config config) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.config = Objects.requireNonNull(config, "config");
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Starts polling due feeds, checking every few seconds. */
    FeedPoller start() {
        scheduler.scheduleWithFixedDelay(this::pollDue, 1, 5, TimeUnit.SECONDS);
        return this;
    }

    private void pollDue() {
        long now = System.currentTimeMillis();
        try {
            for (Feed feed : store.feeds()) {
                if (now - feed.lastPolled() >= feed.everySeconds() * 1000) {
                    try {
                        poll(feed);
                    } catch (RuntimeException e) {
                        // one feed's failure must not stop the schedule (an exception would end it for good)
                        System.err.println("corroborate: feed " + feed.id() + " (" + feed.url() + "): " + e);
                        try {
                            record(feed, now, feed.etag(), feed.lastModified(), "error: " + message(e), 0);
                        } catch (RuntimeException alsoFailed) {
                            System.err.println("corroborate: feed " + feed.id() + ": status not kept: " + alsoFailed);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            System.err.println("corroborate: feeds not polled this round: " + e);
        }
    }

    /** A URL a feed may have: http or https, with a host that is not local unless allowed. */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("a feed URL is http:// or https:// with a host, not " + url);
        }
        checkAddress(uri);
        return uri;
    }

    private void checkAddress(URI uri) {
        if (config.allowPrivate()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + uri.getHost());
        }
        for (InetAddress a : addresses) {
            byte[] b = a.getAddress();
            boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
            boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || uniqueLocal || carrierNat) {
                throw new IllegalArgumentException(uri.getHost() + " is a local or private address ("
                        + a.getHostAddress() + "); serve --allow-private-feeds permits it");
            }
        }
    }

    /** Polls one feed now and records what it gave; returns that status. One poll at a time. */
    synchronized String poll(Feed requested) {
        // the feed as stored now: a poll that ran while this one waited has new validators
        Feed feed = store.feed(requested.id()).orElse(requested);
        long now = System.currentTimeMillis();
        try {
            URI uri = check(feed.url());
            HttpResponse<InputStream> response = null;
            for (int hop = 0; ; hop++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                        .header("User-Agent", "corroborate (feed reader)")
                        .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml");
                // the validators belong to the feed wherever it has moved
                feed.etag().ifPresent(e -> request.header("If-None-Match", e));
                feed.lastModified().ifPresent(m -> request.header("If-Modified-Since", m));
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300 && status < 400 && status != 304) {
                    response.body().close();
                    String location = response.headers().firstValue("Location").orElseThrow(() ->
                            new IOException("redirect " + status + " without a Location"));
                    if (hop + 1 > MAX_REDIRECTS) {
                        throw new IOException("more than " + MAX_REDIRECTS + " redirects");
                    }
                    uri = check(uri.resolve(location).toString());
                    continue;
                }
                break;
            }
            int status = response.statusCode();
            if (status == 304) {
                response.body().close();
                return record(feed, now, feed.etag(), feed.lastModified(), "304: not modified", 0);
            }
            if (status != 200) {
                response.body().close();
                return record(feed, now, feed.etag(), feed.lastModified(), "error: HTTP " + status, 0);
            }
            byte[] body;
            // the request timeout ends at the headers: a server that trickles its body is cut off at the same time
            InputStream stream = response.body();
            java.util.concurrent.ScheduledFuture<?> deadline = watchdog.schedule(() -> {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // closing to stop a read
                }
            }, config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            try (InputStream in = stream) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
            } catch (IOException e) {
                throw new IOException("the feed was not read within " + config.timeout().toSeconds() + " s", e);
            } finally {
                deadline.cancel(false);
            }
            if (body.length > config.maxBytes()) {
                return record(feed, now, feed.etag(), feed.lastModified(), "error: the feed is over "
                        + config.maxBytes() + " bytes; not read", 0);
            }
            List<String> lines = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            new ArticleReader().readFeed(feed.url(), new ByteArrayInputStream(body), new ArticleSink() {
                @Override
                public void article(Article article) {
                    lines.add(ArticleJson.line(article));
                }

                @Override
                public void problem(InputProblem problem) {
                    if (problem.rejected()) {
                        problems.add(problem.toString());
                    }
                }
            });
            long added = 0;
            if (!lines.isEmpty()) {
                IngestPipeline.Result result = pipeline.ingest("feed " + feed.id(),
                        String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
                added = result.count(IngestPipeline.LineResult.STORED);
            }
            String summary = String.format(Locale.ROOT, "200: %d items, %d new%s", lines.size(), added,
                    problems.isEmpty() ? "" : "; " + problems.size() + " rejected (" + problems.get(0) + ")");
            // validators too long to be real are not kept (a conditional GET is only an optimisation)
            return record(feed, now, response.headers().firstValue("ETag").filter(v -> v.length() <= 900),
                    response.headers().firstValue("Last-Modified").filter(v -> v.length() <= 100), summary, added);
        } catch (IOException | IllegalArgumentException e) {
            return record(feed, now, feed.etag(), feed.lastModified(), "error: " + message(e), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String record(Feed feed, long now, Optional<String> etag, Optional<String> lastModified, String status,
                          long added) {
        store.feedPolled(feed.id(), now, etag, lastModified, status, added);
        return status;
    }

    /** "90", "90s", "15m", "2h" or "1d" as seconds. */
    static long seconds(String every) {
        String text = every.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        if (last == 's' || last == 'm' || last == 'h' || last == 'd') {
            unit = last == 's' ? 1 : last == 'm' ? 60 : last == 'h' ? 3600 : 86_400;
            text = text.substring(0, text.length() - 1);
        }
        try {
            long value = Long.parseLong(text) * unit;
            if (value < MIN_EVERY_SECONDS) {
                throw new IllegalArgumentException("a feed is polled at most every " + MIN_EVERY_SECONDS
                        + " seconds, not every " + every);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("every is seconds or a number with s, m, h or d (\"15m\"), not "
                    + every);
        }
    }

    @Override
    public void close() {
        // not shutdownNow: an interrupt inside the search index's I/O would close its files for good
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watchdog.shutdownNow();
    }
}
