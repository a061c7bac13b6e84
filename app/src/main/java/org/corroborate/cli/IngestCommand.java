package org.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleJson;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate ingest}: reads articles as analyze does and sends them to a server in batches. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (any input analyze reads) and sends them to a running server as JSON",
                "Lines, in batches. Prints how many were stored, already there, or rejected (with why)."},
        footer = {"", "Exit status 1 when an input or a line was rejected, 3 when the server could not be reached",
                "or refused the token."})
final class IngestCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - (standard input).")
    List<String> paths;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The server, e.g. "
            + "http://localhost:8080")
    URI server;

    @Option(names = "--token", required = true, description = "The server's write token.")
    String token;

    @Option(names = "--batch", defaultValue = "100", description = "Articles per request (default: "
            + "${DEFAULT-VALUE}).")
    int batch;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private long stored;
    private long duplicates;
    private long rejected;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProblemReport problems = new ProblemReport();
        List<String> lines = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        new ArticleReader().read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                lines.add(ArticleJson.line(article));
                origins.add(article.origin().toString());
            }

            @Override
            public void problem(InputProblem problem) {
                problems.accept(problem);
            }
        });
        for (int from = 0; from < lines.size(); from += batch) {
            List<String> part = lines.subList(from, Math.min(lines.size(), from + batch));
            try {
                if (!send(String.join("\n", part), origins.subList(from, from + part.size()))) {
                    return 3;
                }
            } catch (IOException e) {
                System.err.println("corroborate: " + server + ": error: " + e.getMessage());
                return 3;
            }
        }
        System.err.printf("corroborate: %d stored, %d already stored, %d rejected by the server; %d inputs "
                + "rejected here%n", stored, duplicates, rejected, problems.rejected());
        return problems.rejected() > 0 || rejected > 0 ? Main.INPUT_REJECTED : 0;
    }

    /** Sends one batch; a rejected line is reported under the file and line it was read from. */
    private boolean send(String body, List<String> from) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/articles"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            System.err.println("corroborate: " + server + ": error: HTTP " + response.statusCode()
                    + " without a JSON answer");
            return false;
        }
        if (response.statusCode() == 401 || !json.has("lines")) {
            System.err.println("corroborate: " + server + ": error: " + json.path("error").asText("HTTP "
                    + response.statusCode()));
            return false;
        }
        stored += json.path("stored").asLong();
        duplicates += json.path("duplicates").asLong();
        rejected += json.path("rejected").asLong();
        for (JsonNode line : json.path("lines")) {
            if (line.path("outcome").asText().equals("rejected")) {
                int n = line.path("line").asInt();
                String where = n >= 1 && n <= from.size() ? from.get(n - 1) : "batch line " + n;
                System.err.println("corroborate: " + where + ": rejected by the server: "
                        + line.path("reason").asText());
            }
        }
        return true;
    }
}
