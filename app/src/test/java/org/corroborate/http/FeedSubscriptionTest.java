package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.store.JdbcStore;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed subscriptions against a feed served on this machine: conditional GETs, redirects, local addresses. */
class FeedSubscriptionTest {
    private static final String TOKEN = "feed-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final BgeSmallEmbedder EMBEDDER = new BgeSmallEmbedder();

    @TempDir
    Path dir;
    private HttpServer feedServer;
    private final AtomicInteger fullAnswers = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();

    @BeforeEach
    void serveFeed() throws IOException {
        byte[] rss = Files.readAllBytes(SharedData.repositoryRoot().resolve("examples/harbour-bridge/04-local-feed.rss"));
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/feed.rss", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
            } else {
                fullAnswers.incrementAndGet();
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
                exchange.sendResponseHeaders(200, rss.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(rss);
                }
            }
            exchange.close();
        });
        feedServer.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/feed.rss");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        feedServer.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        feedServer.start();
    }

    @AfterEach
    void stopFeed() {
        feedServer.stop(0);
    }

    private String feedUrl(String path) {
        return "http://127.0.0.1:" + feedServer.getAddress().getPort() + path;
    }

    private static CorroborateServer start(JdbcStore store, boolean allowPrivate) {
        return new CorroborateServer(store, EMBEDDER, StoryModel.shipped(), new CorroborateServer.Config(
                "127.0.0.1", 0, TOKEN, 1 << 20, 60_000, allowPrivate)).start();
    }

    private static HttpResponse<String> post(CorroborateServer server, String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(CorroborateServer server, String path) throws IOException, InterruptedException {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void aSubscribedFeedIsPolledConditionallyAndItsItemsBecomeStories() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("f.db")); CorroborateServer server = start(store, true)) {
            HttpResponse<String> created = post(server, "/api/feeds", "{\"url\":\"" + feedUrl("/moved?key=s3cret")
                    + "\",\"every\":\"15m\"}", TOKEN);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = JSON.readTree(created.body()).get("id").asLong();
            assertThat(JSON.readTree(created.body()).get("everySeconds").asLong()).isEqualTo(900);

            // the background poller may have polled the new feed first: either way it was fetched in full once
            JsonNode first = JSON.readTree(post(server, "/api/feeds/" + id + "/poll", "", TOKEN).body());
            assertThat(first.get("lastStatus").asText()).matches("200: 2 items, 2 new|304: not modified");
            assertThat(first.get("articles").asLong()).isEqualTo(2);
            assertThat(get(server, "/api/health").get("articles").asLong()).isEqualTo(2);

            JsonNode second = JSON.readTree(post(server, "/api/feeds/" + id + "/poll", "", TOKEN).body());
            assertThat(second.get("lastStatus").asText()).isEqualTo("304: not modified");
            assertThat(second.get("articles").asLong()).isEqualTo(2);
            assertThat(fullAnswers.get()).isEqualTo(1);
            assertThat(notModified.get()).isGreaterThanOrEqualTo(1);

            // anyone may list feeds, but only the token's holder sees a URL's query (it may hold a key)
            assertThat(get(server, "/api/feeds").get("feeds").get(0).get("url").asText()).endsWith("/moved?...");
            assertThat(JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/feeds")).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("feeds").get(0).get("url").asText())
                    .endsWith("key=s3cret");
            HttpResponse<String> again = post(server, "/api/feeds", "{\"url\":\"" + feedUrl("/moved?key=s3cret")
                    + "\"}", TOKEN);
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("already subscribed");

            long loop = JSON.readTree(post(server, "/api/feeds", "{\"url\":\"" + feedUrl("/loop") + "\"}", TOKEN)
                    .body()).get("id").asLong();
            JsonNode looped = JSON.readTree(post(server, "/api/feeds/" + loop + "/poll", "", TOKEN).body());
            assertThat(looped.get("lastStatus").asText()).isEqualTo("error: more than 5 redirects");
            assertThat(get(server, "/api/feeds").get("feeds")).hasSize(2);
        }
    }

    @Test
    void localAddressesShortSchedulesAndAnonymousWritesAreRefused() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("r.db")); CorroborateServer server = start(store, false)) {
            HttpResponse<String> local = post(server, "/api/feeds", "{\"url\":\"" + feedUrl("/feed.rss") + "\"}",
                    TOKEN);
            assertThat(local.statusCode()).isEqualTo(400);
            assertThat(local.body()).contains("local or private address", "--allow-private-feeds");
            for (String url : new String[] {"http://10.1.2.3/feed", "http://192.168.0.1/rss", "http://[::1]/rss",
                "http://169.254.169.254/latest/meta-data"}) {
                assertThat(post(server, "/api/feeds", "{\"url\":\"" + url + "\"}", TOKEN).statusCode()).as(url)
                        .isEqualTo(400);
            }
            assertThat(post(server, "/api/feeds", "{\"url\":\"file:///etc/passwd\"}", TOKEN).body())
                    .contains("http:// or https://");
            assertThat(post(server, "/api/feeds", "{\"url\":\"https://news.example/rss\",\"every\":\"5s\"}", TOKEN)
                    .body()).contains("at most every 60 seconds");
            assertThat(post(server, "/api/feeds", "{\"url\":\"https://news.example/rss\"}", null).statusCode())
                    .isEqualTo(401);
            assertThat(get(server, "/api/feeds").get("feeds")).isEmpty();
            assertThat(fullAnswers.get() + notModified.get()).as("nothing local was fetched").isZero();
        }
    }
}
