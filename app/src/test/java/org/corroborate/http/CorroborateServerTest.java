package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.store.JdbcStore;
import org.corroborate.store.SearchIndex;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over SQLite, through HTTP as a client uses it: the project's examples in, stories and briefs out. */
class CorroborateServerTest {
    private static final String TOKEN = "test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BgeSmallEmbedder EMBEDDER = new BgeSmallEmbedder();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String examples;

    @TempDir
    Path dir;

    @BeforeAll
    static void readExamples() {
        examples = ExampleLines.body();
    }

    private static CorroborateServer start(JdbcStore store) {
        return new CorroborateServer(store, EMBEDDER, StoryModel.shipped(),
                new CorroborateServer.Config("127.0.0.1", 0, TOKEN, 1 << 20, 60_000, true)).start();
    }

    private static CorroborateServer start(JdbcStore store, SearchIndex index) {
        return new CorroborateServer(store, java.util.Optional.of(index), EMBEDDER, StoryModel.shipped(),
                new CorroborateServer.Config("127.0.0.1", 0, TOKEN, 1 << 20, 60_000, true)).start();
    }

    private static HttpResponse<String> get(CorroborateServer server, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(CorroborateServer server, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/articles")).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void anotherArticleUnderAStoredIdIsRejectedWithWhyNotCountedAsStored() throws Exception {
        String first = "{\"id\":\"story.txt\",\"title\":\"Ferry fares rise\",\"text\":\"Ferry fares in Port Alder "
                + "rise by ten percent from Monday, the operator said.\"}";
        String other = first.replace("Ferry fares rise", "Library reopens").replace("Ferry fares in Port Alder rise "
                + "by ten percent from Monday, the operator said.", "The Eastbank library reopens on Saturday after "
                + "a year of repairs.");
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("ids.db")); CorroborateServer server = start(store)) {
            assertThat(json(post(server, first, TOKEN)).get("stored").asInt()).isEqualTo(1);
            // the same article again is a duplicate; another one under its id is refused, with the reason
            assertThat(json(post(server, first, TOKEN)).get("duplicates").asInt()).isEqualTo(1);
            JsonNode refused = json(post(server, other, TOKEN));
            assertThat(refused.get("rejected").asInt()).isEqualTo(1);
            assertThat(refused.get("duplicates").asInt()).isZero();
            assertThat(refused.get("lines").get(0).get("reason").asText())
                    .contains("'story.txt' is already stored with other content");
            // within one request too: the second of two articles with one id and other content
            JsonNode both = json(post(server, first.replace("story.txt", "b.txt") + "\n"
                    + other.replace("story.txt", "b.txt"), TOKEN));
            assertThat(both.get("stored").asInt()).isEqualTo(1);
            assertThat(both.get("rejected").asInt()).isEqualTo(1);
            assertThat(both.get("lines").get(1).get("reason").asText()).contains("given earlier in this request");
            // the same article twice in one request is stored once, the second line a duplicate
            JsonNode twice = json(post(server, other.replace("story.txt", "c.txt") + "\n"
                    + other.replace("story.txt", "c.txt"), TOKEN));
            assertThat(twice.get("stored").asInt()).isEqualTo(1);
            assertThat(twice.get("duplicates").asInt()).isEqualTo(1);
            assertThat(twice.get("rejected").asInt()).isZero();
            assertThat(json(get(server, "/api/health")).get("articles").asInt()).isEqualTo(3);
        }
    }

    @Test
    void healthIsNotOkWhileAFailedStoreWriteKeepsWritesRefused() throws Exception {
        Path db = dir.resolve("failing.db");
        try (JdbcStore store = JdbcStore.sqlite(db); CorroborateServer server = start(store)) {
            assertThat(get(server, "/api/health").statusCode()).isEqualTo(200);
            // another writer behind the server's back: its next write fails, as on a number another took first
            try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                 java.sql.Statement sql = other.createStatement()) {
                sql.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles BEGIN "
                        + "SELECT RAISE(ABORT, 'UNIQUE constraint failed: articles.seq'); END");
            }
            assertThat(post(server, examples, TOKEN).statusCode()).isEqualTo(500);
            assertThat(post(server, examples, TOKEN).statusCode()).isEqualTo(503);
            HttpResponse<String> health = get(server, "/api/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health).get("status").asText()).isEqualTo("failing");
            assertThat(json(health).get("error").asText()).contains("a store write failed", "restart the server");
        }
    }

    @Test
    void aBinaryBodyIsOneBadRequestSayingSo() throws Exception {
        byte[] png = new byte[600];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        byte[] noNul = png.clone();
        for (int i = 0; i < noNul.length; i++) {
            noNul[i] = noNul[i] == 0 ? (byte) 0xff : noNul[i];
        }
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("binary.db")); CorroborateServer server = start(store)) {
            for (byte[] body : List.of(png, noNul)) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + server.port() + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(400);
                JsonNode json = json(answer);
                assertThat(json.get("error").asText()).contains("the body is binary", "not JSON Lines");
                assertThat(answer.body()).doesNotContain("empty file", "invalid UTF-8");
            }
            // a JSON line with one bad byte is still that line's problem, not the body's
            byte[] latin1 = "{\"title\": \"Caf\u00e9 closes\", \"text\": \"The caf\u00e9 closed.\"}"
                    .getBytes(StandardCharsets.ISO_8859_1);
            HttpResponse<String> line = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(line.body()).doesNotContain("the body is binary");
        }
    }

    @Test
    void headOfAPageCarriesTheTypeAndLengthOfItsGet() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("head.db")); CorroborateServer server = start(store)) {
            assertThat(post(server, examples, TOKEN).statusCode()).isEqualTo(200);
            server.flushBriefs();
            long id = json(get(server, "/api/stories")).get("stories").get(0).get("id").asLong();
            for (String path : List.of("/stories/" + id, "/", "/api/stories/" + id, "/api/health")) {
                HttpResponse<String> page = get(server, path);
                HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + server.port() + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(head.statusCode()).as(path).isEqualTo(200);
                assertThat(head.body()).isEmpty();
                assertThat(head.headers().firstValue("Content-Type")).as(path)
                        .isEqualTo(page.headers().firstValue("Content-Type"));
                assertThat(head.headers().firstValue("Content-Length").orElse(null)).as(path).isEqualTo(
                        String.valueOf(page.body().getBytes(StandardCharsets.UTF_8).length));
            }
        }
    }

    @Test
    void aStoryPageHasTheSideMarginsOfTheStoryList() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("margins.db")); CorroborateServer server = start(store)) {
            assertThat(post(server, examples, TOKEN).statusCode()).isEqualTo(200);
            server.flushBriefs();
            long id = json(get(server, "/api/stories")).get("stories").get(0).get("id").asLong();
            assertThat(Pages.STYLE).contains("padding:1rem");
            // the text keeps off the window's edge however narrow the window: padding, not margin:auto alone
            String page = get(server, "/stories/" + id).body();
            assertThat(page).containsPattern("<style>[^<]*body\\{padding:0 1rem\\}");
            // as does the HTML brief written by brief --format html, which the stored page is made of
            assertThat(org.corroborate.present.BriefHtml.MARGINS).isEqualTo("body{padding:0 1rem}");
        }
    }

    @Test
    void examplesBecomeTwoStoriesWithBriefsThatSurviveARestart() throws Exception {
        Path db = dir.resolve("corroborate.db");
        long bridge;
        try (JdbcStore store = JdbcStore.sqlite(db); CorroborateServer server = start(store)) {
            HttpResponse<String> posted = post(server, examples, TOKEN);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
            assertThat(json(posted).get("stored").asInt()).isEqualTo(9);
            server.flushBriefs();

            JsonNode stories = json(get(server, "/api/stories"));
            assertThat(stories.get("stories")).hasSize(2);
            JsonNode largest = json(get(server, "/api/stories?order=largest")).get("stories").get(0);
            assertThat(largest.get("articles").asInt()).isEqualTo(7);
            assertThat(largest.get("headline").asText()).containsIgnoringCase("bridge");
            bridge = largest.get("id").asLong();

            HttpResponse<String> brief = get(server, "/api/stories/" + bridge);
            assertThat(brief.statusCode()).isEqualTo(200);
            assertThat(json(brief).get("schema").asText()).isEqualTo("corroborate.brief/3");
            assertThat(json(brief).get("stories").get(0).get("articles")).hasSize(7);
            String etag = brief.headers().firstValue("ETag").orElseThrow();
            assertThat(get(server, "/api/stories/" + bridge, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(json(get(server, "/api/stories/" + bridge + "/versions")).get("versions")).hasSize(1);

            HttpResponse<String> again = post(server, examples, TOKEN);
            assertThat(json(again).get("duplicates").asInt()).as("the same ids are stored once").isEqualTo(9);
            assertThat(json(get(server, "/api/health")).get("articles").asInt()).isEqualTo(9);
        }
        try (JdbcStore store = JdbcStore.sqlite(db); CorroborateServer server = start(store)) {
            assertThat(server.restored()).isEqualTo(9);
            String followUp = "{\"id\":\"follow-up\",\"source\":\"Harbour Times\",\"title\":\"Kestrel Bridge to stay "
                    + "closed while engineers check girder crack\",\"published\":\"2026-03-11T09:00:00Z\",\"text\":"
                    + "\"PORT ALDER - The Kestrel Bridge in Port Alder will stay closed for at least a week while "
                    + "engineers examine the crack inspectors found in a girder on Monday, the city said. Ferries "
                    + "will run extra crossings between the two banks until the bridge reopens.\"}";
            JsonNode result = json(post(server, followUp, TOKEN));
            assertThat(result.get("lines").get(0).get("story").asLong()).as("the restarted server continues the "
                    + "same stories").isEqualTo(bridge);
            server.flushBriefs();
            JsonNode versions = json(get(server, "/api/stories/" + bridge + "/versions")).get("versions");
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).get("articles").asInt()).isEqualTo(8);
            JsonNode changes = json(get(server, "/api/stories/" + bridge + "/changes?since=1"));
            assertThat(changes.get("from").asInt()).isEqualTo(1);
            assertThat(changes.get("to").asInt()).isEqualTo(2);
            assertThat(changes.get("newArticles")).hasSize(1);
            assertThat(changes.get("newArticles").get(0).get("id").asText()).isEqualTo("follow-up");
            assertThat(get(server, "/api/stories/" + bridge + "/changes?since=9").statusCode()).isEqualTo(400);
            JsonNode log = json(get(server, "/api/ingest-log?limit=50")).get("entries");
            assertThat(log.get(0).get("article").asText()).isEqualTo("follow-up");
            assertThat(log.get(0).get("outcome").asText()).isEqualTo("stored");
            assertThat(log).anySatisfy(e -> assertThat(e.get("outcome").asText()).isEqualTo("duplicate"));

            // the next rebuild of the grown story embeds only what is new: the vectors of the 8 articles before
            // it are remembered
            JsonNode before = json(get(server, "/api/health")).get("statementVectors");
            String second = followUp.replace("\"follow-up\"", "\"follow-up-2\"").replace("for at least a week",
                    "until Friday").replace("Harbour Times", "Alder Gazette");
            assertThat(json(post(server, second, TOKEN)).get("lines").get(0).get("story").asLong()).isEqualTo(bridge);
            server.flushBriefs();
            JsonNode after = json(get(server, "/api/health")).get("statementVectors");
            long reused = after.get("reused").asLong() - before.get("reused").asLong();
            long embedded = after.get("embedded").asLong() - before.get("embedded").asLong();
            assertThat(reused).isGreaterThan(10);
            assertThat(embedded).isLessThan(reused);
        }
    }

    @Test
    void writesNeedTheTokenAndABadLineIsNamedWhileTheOthersAreStored() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("w.db")); CorroborateServer server = start(store)) {
            HttpResponse<String> anonymous = post(server, examples, null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(json(anonymous).get("status").asInt()).isEqualTo(401);
            assertThat(post(server, examples, "wrong-token-0123456789").statusCode()).isEqualTo(401);
            assertThat(json(get(server, "/api/health")).get("articles").asInt()).isZero();

            String body = "{\"id\":\"good\",\"title\":\"Ferry crews walk out\",\"text\":\"Ferry crews in Port Alder "
                    + "walked out on Monday over rotas.\"}\n{\"id\": broken\n{\"id\":\"empty\"}\n";
            HttpResponse<String> mixed = post(server, body, TOKEN);
            assertThat(mixed.statusCode()).isEqualTo(400);
            JsonNode result = json(mixed);
            assertThat(result.get("stored").asInt()).isEqualTo(1);
            assertThat(result.get("rejected").asInt()).isEqualTo(2);
            assertThat(result.get("error").asText()).contains(":2:", "malformed JSON");
            assertThat(result.get("lines").get(2).get("reason").asText()).contains(":3:", "no title, text or html");
            assertThat(get(server, "/api/articles/good").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void pagesEscapeArticleTextAndTheApiAnswersErrorsInJson() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("p.db")); CorroborateServer server = start(store)) {
            String hostile = "{\"id\":\"x<b>\",\"url\":\"https://x.example/\\\"onmouseover=\\\"alert(3)\","
                    + "\"source\":\"<i>Outlet</i>\",\"title\":\"<script>alert(1)</script> "
                    + "Harbour crane collapses\",\"text\":\"A crane collapsed at the harbour of Port Alder on Monday."
                    + " <img src=x onerror=alert(2)> Nobody was hurt, the port authority said.\"}";
            assertThat(post(server, hostile, TOKEN).statusCode()).isEqualTo(200);
            server.flushBriefs();

            HttpResponse<String> list = get(server, "/");
            assertThat(list.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'").doesNotContain("script-src");
            HttpResponse<String> story = get(server, "/stories/1");
            HttpResponse<String> article = get(server, "/articles/x%3Cb%3E");
            for (HttpResponse<String> page : List.of(list, story, article)) {
                assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
                assertThat(page.body()).doesNotContain("<script", "<img", "<i>Outlet", "\"onmouseover")
                        .contains("&lt;script&gt;");
            }
            assertThat(story.body()).contains("<details", "all stories");

            HttpResponse<String> missing = get(server, "/api/stories/77");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(json(missing).get("error").asText()).isEqualTo("no story 77");
            assertThat(get(server, "/api/stories?from=yesterday").statusCode()).isEqualTo(400);
            assertThat(get(server, "/stories/77").body()).contains("Error 404");
        }
    }

    @Test
    void searchFindsStoriesByWordsAndByMeaningAndAnEmptyIndexIsRebuiltFromTheStore() throws Exception {
        Path db = dir.resolve("search.db");
        try (JdbcStore store = JdbcStore.sqlite(db);
             SearchIndex index = new SearchIndex(dir.resolve("index"), store.identity());
             CorroborateServer server = start(store, index)) {
            assertThat(post(server, examples, TOKEN).statusCode()).isEqualTo(200);
            index.refresh();
            JsonNode girder = json(get(server, "/api/search?q=girder"));
            assertThat(girder.get("stories")).hasSize(1);
            assertThat(girder.get("stories").get(0).get("headline").asText()).containsIgnoringCase("bridge");
            assertThat(girder.get("stories").get(0).get("matches").size()).isBetween(1, 3);
            assertThat(json(get(server, "/api/search?q=girder+-bridge+-Kestrel")).get("stories")).isEmpty();
            JsonNode meaning = json(get(server, "/api/search?semantic=true&q=" + java.net.URLEncoder.encode(
                    "school staff stop work because of wages", java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(meaning.get("stories").get(0).get("headline").asText()).containsIgnoringCase("teachers");
            assertThat(get(server, "/api/search").statusCode()).isEqualTo(400);
            HttpResponse<String> page = get(server, "/search?q=%3Cscript%3E+girder");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("&lt;script&gt;").doesNotContain("<script");
        }
        // an index built for another database is emptied and built again from this one
        String crane = "{\"id\":\"crane\",\"title\":\"Harbour crane collapses\",\"text\":\"A crane collapsed at the "
                + "harbour of Port Alder on Monday. Nobody was hurt, the port authority said.\"}";
        try (JdbcStore other = JdbcStore.sqlite(dir.resolve("other.db"));
             SearchIndex own = new SearchIndex(dir.resolve("other-index"), other.identity());
             CorroborateServer server = start(other, own)) {
            assertThat(post(server, crane, TOKEN).statusCode()).isEqualTo(200);
        }
        try (JdbcStore other = JdbcStore.sqlite(dir.resolve("other.db"));
             SearchIndex index = new SearchIndex(dir.resolve("index"), other.identity());
             CorroborateServer server = start(other, index)) {
            index.refresh();
            assertThat(json(get(server, "/api/search?q=crane")).get("stories")).hasSize(1);
            assertThat(json(get(server, "/api/search?q=girder")).get("stories")).isEmpty();
        }
        // an index lost (or never committed) is rebuilt from the store when the server starts
        try (JdbcStore store = JdbcStore.sqlite(db); SearchIndex index = new SearchIndex(dir.resolve("fresh-index"));
             CorroborateServer server = start(store, index)) {
            index.refresh();
            assertThat(json(get(server, "/api/search?q=teachers")).get("stories")).hasSize(1);
        }
    }

    /** Two earthquakes two weeks apart, two reports each, and a council vote: three stories, two of one topic. */
    private static final String QUAKES = String.join("\n",
            "{\"id\":\"gazette-quake-north\",\"source\":\"Harbour Gazette\",\"published\":\"2026-02-03T08:00:00Z\","
                    + "\"title\":\"Magnitude 6.1 earthquake shakes Norvale, damaging the old town hall\",\"text\":\"A "
                    + "magnitude 6.1 earthquake struck near the mountain town of Norvale early on Tuesday, damaging the "
                    + "old town hall and cutting power to 12,000 homes, the regional emergency office said. Mayor Petra "
                    + "Lindqvist said three people were treated for minor injuries. The quake hit at 4:12 a.m. at a "
                    + "depth of 10 kilometres, according to the national seismic survey. Aftershocks continued through "
                    + "the morning, and schools in Norvale stayed closed.\"}",
            "{\"id\":\"courier-quake-north\",\"source\":\"Valley Courier\",\"published\":\"2026-02-03T10:30:00Z\","
                    + "\"title\":\"Norvale earthquake: town hall damaged, power cut to thousands\",\"text\":\"An "
                    + "earthquake of magnitude 6.1 hit Norvale before dawn on Tuesday, damaging its old town hall and "
                    + "leaving about 12,000 homes without power. Mayor Petra Lindqvist told reporters that three "
                    + "residents had minor injuries. The seismic survey said the quake struck at 4:12 a.m., 10 "
                    + "kilometres deep. Schools were closed as aftershocks shook the town.\"}",
            "{\"id\":\"gazette-quake-south\",\"source\":\"Harbour Gazette\",\"published\":\"2026-02-17T07:00:00Z\","
                    + "\"title\":\"Magnitude 5.8 earthquake rattles Saltmere, cracking the harbour wall\",\"text\":\"A "
                    + "magnitude 5.8 earthquake struck off the coast near Saltmere on Monday evening, cracking the "
                    + "harbour wall and damaging fishing boats, the coast guard said. Harbour master Tomas Okafor said no "
                    + "one was hurt. The quake hit at 9:40 p.m. at a depth of 25 kilometres, the national seismic survey "
                    + "reported. Residents spent the night outdoors as aftershocks continued.\"}",
            "{\"id\":\"courier-quake-south\",\"source\":\"Valley Courier\",\"published\":\"2026-02-17T09:15:00Z\","
                    + "\"title\":\"Saltmere earthquake cracks harbour wall & <ferry> suspended\",\"text\":\"An earthquake "
                    + "of magnitude 5.8 struck near Saltmere late on Monday, cracking the harbour wall and damaging "
                    + "several fishing boats. Harbour master Tomas Okafor said nobody was injured. According to the "
                    + "seismic survey, the quake hit at 9:40 p.m. at a depth of 25 kilometres. Many residents slept "
                    + "outdoors during the aftershocks.\"}",
            "{\"id\":\"gazette-budget\",\"source\":\"Harbour Gazette\",\"published\":\"2026-02-18T18:00:00Z\","
                    + "\"title\":\"Council approves library budget after long debate\",\"text\":\"The city council "
                    + "approved a budget of 4.2 million for the public library on Wednesday after a four-hour debate. "
                    + "Councillor Ana Ruiz said the money would extend opening hours and repair the roof. Two "
                    + "councillors voted against the plan, saying the city should first fix the swimming pool.\"}");

    @Test
    void aBriefListsTheStoriesOfItsTopicLinkedToTheirPages() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("topics.db")); CorroborateServer server = start(store)) {
            JsonNode lines = json(post(server, QUAKES, TOKEN)).get("lines");
            long north = lines.get(0).get("story").asLong();
            long south = lines.get(2).get("story").asLong();
            long budget = lines.get(4).get("story").asLong();
            assertThat(lines.get(1).get("story").asLong()).isEqualTo(north);
            assertThat(south).as("another earthquake, another story").isNotIn(north, budget);
            server.flushBriefs();

            assertThat(json(get(server, "/api/stories/" + north)).at("/stories/0/relatedStories"))
                    .extracting(JsonNode::asText).containsExactly(String.valueOf(south));
            assertThat(json(get(server, "/api/stories/" + budget)).at("/stories/0/relatedStories")).isEmpty();
            String page = get(server, "/stories/" + south).body();
            assertThat(page).contains("Related stories: <a href=\"/stories/" + north + "\">")
                    .contains("&lt;ferry&gt;").doesNotContain("<ferry>");
            assertThat(get(server, "/stories/" + north).body()).as("each lists the other")
                    .contains("Related stories: <a href=\"/stories/" + south + "\">").doesNotContain("<ferry>");
        }
    }

    @Test
    void aCopySentInALaterRequestIsStoredAndLinkedToItsOriginal() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("copy.db")); CorroborateServer server = start(store)) {
            String text = "The Eastbank ferry terminal will close for three weeks from Monday while engineers replace "
                    + "the ramp, the port authority said. Passengers will be carried by bus to the old quay, and "
                    + "timetables will change for all routes. The authority said the work had been planned since "
                    + "the spring and would cost 2.4 million.";
            String original = "{\"id\":\"wire-ferry\",\"source\":\"Meridian Wire\",\"title\":\"Ferry terminal "
                    + "to close for repairs\",\"text\":\"" + text + "\"}";
            String copy = "{\"id\":\"paper-ferry\",\"source\":\"Valley Courier\",\"title\":\"Ferry terminal to "
                    + "close\",\"text\":\"" + text + " Reporting by Meridian Wire.\"}";
            long story = json(post(server, original, TOKEN)).get("lines").get(0).get("story").asLong();
            JsonNode stored = json(post(server, copy, TOKEN)).get("lines").get(0);
            assertThat(stored.get("outcome").asText()).isEqualTo("stored");
            assertThat(stored.get("story").asLong()).isEqualTo(story);
            assertThat(json(get(server, "/api/articles/paper-ferry")).get("duplicateOf").asText())
                    .isEqualTo("wire-ferry");
        }
    }

    private static HttpResponse<String> send(CorroborateServer server, String method, String path)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Two reports of one crane collapse, with ids that hold slashes and an address that must not become a link. */
    private static final String CRANES = String.join("\n",
            "{\"id\":\"wire/crane 1.txt\",\"source\":\"Meridian Wire\",\"url\":\"https://wire.example/crane?a=1&b=2\","
                    + "\"title\":\"Harbour crane collapses in Port Alder\",\"text\":\"A crane collapsed at the harbour "
                    + "of Port Alder on Monday, the port authority said. Nobody was hurt. The crane had been in "
                    + "service for 30 years, the authority said.\"}",
            "{\"id\":\"paper/crane#2?\",\"source\":\"Valley Courier\",\"url\":\"javascript:alert(1)//https://x\","
                    + "\"title\":\"Port Alder harbour crane falls, nobody hurt\",\"text\":\"A harbour crane fell in "
                    + "Port Alder on Monday, and nobody was hurt, the port authority said. The crane was 30 years "
                    + "old.\"}");

    @Test
    void aStoryPageLinksItsSourcesAndCitationsToArticlePagesWhoseIdsMayHoldSlashes() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("links.db")); CorroborateServer server = start(store)) {
            JsonNode lines = json(post(server, CRANES, TOKEN)).get("lines");
            long story = lines.get(0).get("story").asLong();
            assertThat(lines.get(1).get("story").asLong()).isEqualTo(story);
            server.flushBriefs();

            String page = get(server, "/stories/" + story).body();
            String sources = page.substring(page.indexOf("<ol class=\"sources\">"));
            sources = sources.substring(0, sources.indexOf("</ol>"));
            // each source links to its article's page, the id one encoded path segment
            assertThat(sources).contains("<li><a href=\"/articles/wire%2Fcrane%201.txt\">Meridian Wire: Harbour crane",
                    "(wire/crane 1.txt)", "<a href=\"/articles/paper%2Fcrane%232%3F\">Valley Courier");
            // and to its original only when that is an http(s) address
            assertThat(sources).contains("<a rel=\"noopener noreferrer nofollow\" "
                    + "href=\"https://wire.example/crane?a=1&amp;b=2\">original</a>").doesNotContain("javascript");
            assertThat(sources.split("original</a>", -1)).hasSize(2);
            // a citation's evidence names its article with a link to its page
            assertThat(page).containsPattern("<blockquote>\\[[12]\\] <a href=\"/articles/(wire%2Fcrane%201.txt|paper"
                    + "%2Fcrane%232%3F)\">(wire/crane 1.txt|paper/crane#2\\?)</a>");

            // the links lead there, and so do the ids with their slashes as they are
            for (String path : List.of("/articles/wire%2Fcrane%201.txt", "/articles/wire/crane%201.txt",
                    "/articles/paper%2Fcrane%232%3F")) {
                HttpResponse<String> article = get(server, path);
                assertThat(article.statusCode()).as(path).isEqualTo(200);
                assertThat(article.body()).contains("story " + story);
            }
            for (String path : List.of("/api/articles/wire%2Fcrane%201.txt", "/api/articles/wire/crane%201.txt")) {
                HttpResponse<String> article = get(server, path);
                assertThat(article.statusCode()).as(path).isEqualTo(200);
                assertThat(json(article).get("story").asLong()).isEqualTo(story);
            }
            assertThat(get(server, "/articles/paper%2Fcrane%232%3F").body())
                    .as("an address that is not http(s) is not a link").doesNotContain("javascript", ">original<");
            HttpResponse<String> missing = get(server, "/api/articles/wire/nothing.txt");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(json(missing).get("error").asText()).isEqualTo("no article wire/nothing.txt");
        }
    }

    @Test
    void unknownApiRoutesAndWrongMethodsAnswerInJsonAndPagesInHtml() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("routes.db")); CorroborateServer server = start(store)) {
            HttpResponse<String> unknown = get(server, "/api/nothing/here");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(json(unknown).get("status").asInt()).isEqualTo(404);
            assertThat(json(unknown).get("error").asText()).contains("no such endpoint", "GET /api/nothing/here");

            HttpResponse<String> wrongMethod = send(server, "DELETE", "/api/stories");
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(wrongMethod.headers().firstValue("Allow").orElseThrow()).isEqualTo("GET, HEAD");
            assertThat(json(wrongMethod).get("status").asInt()).isEqualTo(405);
            assertThat(json(wrongMethod).get("error").asText()).contains("DELETE /api/stories", "GET");
            HttpResponse<String> put = send(server, "PUT", "/api/articles");
            assertThat(put.statusCode()).isEqualTo(405);
            assertThat(put.headers().firstValue("Allow").orElseThrow()).isEqualTo("POST");

            HttpResponse<String> tooLarge = post(server, "{\"id\":\"big\",\"text\":\"" + "word ".repeat(300_000)
                    + "\"}", TOKEN);
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(json(tooLarge).get("error").asText()).isEqualTo("the body is over 1048576 bytes");

            HttpResponse<String> page = get(server, "/no/such/page");
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains("Error 404", "no such page: /no/such/page");
            HttpResponse<String> post = send(server, "POST", "/feeds");
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.body()).contains("Error 405");
        }
    }

    @Test
    void anArticleFromAnHtmlFileListsTheCaptionItsReaderDroppedAsAnalyzeDoes() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("removed.db")); CorroborateServer server = start(store)) {
            assertThat(post(server, examples, TOKEN).statusCode()).isEqualTo(200);
            String id = null;
            for (JsonNode line : json(get(server, "/api/ingest-log?limit=20")).get("entries")) {
                if (line.path("article").asText().endsWith("02-coastal-post.html")) {
                    id = line.get("article").asText();
                }
            }
            assertThat(id).isNotNull();
            JsonNode removed = json(get(server, "/api/articles/" + id)).get("removed");
            assertThat(removed).anySatisfy(b -> {
                assertThat(b.get("kind").asText()).isEqualTo("photo caption");
                assertThat(b.get("text").asText()).startsWith("The Kestrel Bridge seen from the harbour wall");
            });
            String page = get(server, "/articles/" + id).body();
            assertThat(page).contains("Removed by cleaning (" + removed.size() + ")",
                    "The Kestrel Bridge seen from the harbour wall");
        }
    }

    @Test
    void theOpenApiFileDescribesEveryRoute() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("o.db")); CorroborateServer server = start(store)) {
            JsonNode openapi = json(get(server, "/api/openapi.json"));
            List<String> described = new ArrayList<>();
            openapi.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> described.add(method + " " + path.getKey())));
            // every route the router serves is described, and nothing it does not serve
            assertThat(server.apiRoutes()).hasSizeGreaterThan(15);
            assertThat(described).containsExactlyInAnyOrderElementsOf(server.apiRoutes());
        }
    }
}
