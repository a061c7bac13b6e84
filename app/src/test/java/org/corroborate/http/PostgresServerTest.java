package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.store.JdbcStore;
import org.corroborate.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over a real PostgreSQL: the examples in, two stories and their briefs out, and again after a restart. */
class PostgresServerTest {
    private static final String TOKEN = "postgres-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Optional<TestPostgres> postgres = Optional.empty();

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start();
        Assumptions.assumeTrue(postgres.isPresent(), () -> "skipping the PostgreSQL server test: "
                + TestPostgres.whyNot());
    }

    @AfterAll
    static void stopPostgres() {
        postgres.ifPresent(TestPostgres::close);
    }

    private static CorroborateServer start(JdbcStore store) {
        return new CorroborateServer(store, new BgeSmallEmbedder(), StoryModel.shipped(),
                new CorroborateServer.Config("127.0.0.1", 0, TOKEN, 1 << 20, 60_000, false)).start();
    }

    private static JsonNode get(CorroborateServer server, String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void examplesBecomeTwoStoriesInPostgres() throws Exception {
        String examples = ExampleLines.body();
        String url = postgres.orElseThrow().newDatabase();
        try (JdbcStore store = JdbcStore.open(url); CorroborateServer server = start(store)) {
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(examples)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
            server.flushBriefs();
            JsonNode stories = get(server, "/api/stories?order=largest").get("stories");
            assertThat(stories).hasSize(2);
            assertThat(stories.get(0).get("articles").asInt()).isEqualTo(7);
            assertThat(get(server, "/api/stories/" + stories.get(0).get("id").asLong()).get("schema").asText())
                    .isEqualTo("corroborate.brief/3");
        }
        try (JdbcStore store = JdbcStore.open(url); CorroborateServer server = start(store)) {
            assertThat(server.restored()).isEqualTo(9);
            assertThat(get(server, "/api/health").get("articles").asInt()).isEqualTo(9);
        }
    }
}
