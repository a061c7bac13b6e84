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
                "Lines, in batches (--server, --token), or stores them straight into a database (--db) as the",
                "server would, briefs included. Prints how many were stored, already there, or rejected (with why)."},
        footer = {"", "--db writes without a server, and refuses (exit status 2) a database that a running server",
                "or another ingest --db has open: one writer per database.", "",
                "Exit status: 0 all stored (or already there); 1 an input or a line was rejected, or the server",
                "failed a batch (an error answer, no answer in time): what it did not store was not stored; 2 bad",
                "arguments, among them a server that cannot be reached at --server or that refuses --token."})
final class IngestCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - (standard input).")
    List<String> paths;

    @Option(names = "--server", paramLabel = "URL", description = "The server, e.g. http://localhost:8080")
    URI server;

    @Option(names = "--token", description = "The server's write token.")
    String token;

    @Option(names = "--db", paramLabel = "PATH|URL", description = "Store straight into this database (an SQLite "
            + "file or a JDBC URL, as for serve) instead of sending to a server.")
    String db;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "corroborate-data", description = "With a JDBC "
            + "URL in --db: the folder of the search index, as for serve (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path data;

    @Option(names = "--batch", defaultValue = "100", description = "Articles per request (default: "
            + "${DEFAULT-VALUE}).")
    int batch;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private long stored;
    private long duplicates;
    private long rejected;
    /** The exit status when a batch could not be sent on (set with the reason printed). */
    private int stopped = Main.INPUT_REJECTED;

    /** Where batches go: a server over HTTP, or a store in this process. */
    private interface Target {
        /** The server's answer for one batch, or null when it cannot go on (the reason printed). */
        JsonNode send(String body) throws IOException, InterruptedException;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((server == null) == (db == null) || server != null && token == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give either --server URL with --token TOKEN, or --db PATH|URL");
        }
        if (server != null && (server.getHost() == null || !List.of("http", "https").contains(server.getScheme()))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--server takes an http:// or https:// URL with a host, e.g. http://localhost:8080, not " + server);
        }
        if (db == null) {
            return run(this::post);
        }
        Databases.Opened open;
        try {
            open = Databases.open(db, data);
        } catch (Databases.InUse e) {
            System.err.println("corroborate: " + db + ": error: a corroborate server (or another ingest --db) is "
                    + "using this database (" + e.getMessage() + "); send the articles to that server instead: "
                    + "ingest --server URL --token TOKEN");
            return Main.BAD_ARGUMENTS;
        }
        try (Databases.Opened opened = open;
             org.corroborate.http.CorroborateServer local = new org.corroborate.http.CorroborateServer(
                     opened.store(), java.util.Optional.of(opened.index()), new org.corroborate.embed.BgeSmallEmbedder(),
                     org.corroborate.cluster.StoryModel.shipped(), new org.corroborate.http.CorroborateServer.Config(
                             "127.0.0.1", 0, "local-ingest-needs-no-token", 1L << 30, 0, false))) {
            int status = run(body -> local.ingest("batch", body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            local.flushBriefs();
            return status;
        }
    }

    private int run(Target target) throws IOException, InterruptedException {
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
                JsonNode answer = target.send(String.join("\n", part));
                if (answer == null) {
                    return stopped;
                }
                count(answer, origins.subList(from, from + part.size()));
            } catch (IOException e) {
                System.err.println("corroborate: " + (server != null ? server : db) + ": error: "
                        + (server != null ? unreachable(e) : String.valueOf(e)));
                if (from > 0) {
                    // batches before this one were stored: say how many, and that the rest was not
                    System.err.printf("corroborate: %d stored, %d already stored, %d rejected; %d not sent%n",
                            stored, duplicates, rejected, lines.size() - from);
                }
                // nothing there at --server before the first batch is a bad argument; a server that stopped
                // answering after it failed the input
                return server != null && from == 0 && unreachable(e).startsWith("cannot connect")
                        ? Main.BAD_ARGUMENTS : server != null ? Main.INPUT_REJECTED : Main.INTERNAL_ERROR;
            }
        }
        System.err.printf("corroborate: %d stored, %d already stored, %d rejected; %s rejected here%n", stored,
                duplicates, rejected, Plural.count(problems.rejected(), "input"));
        return problems.rejected() > 0 || rejected > 0 ? Main.INPUT_REJECTED : 0;
    }

    /** Sends one batch to the server: its answer, or null (with the reason printed) when it cannot go on. */
    private JsonNode post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/articles"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            System.err.println("corroborate: " + server + ": error: the server refused the token (HTTP "
                    + response.statusCode() + "): --token must be the write token serve printed when it started "
                    + "(kept in its DATA/token)");
            stopped = Main.BAD_ARGUMENTS;
            return null;
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            System.err.println("corroborate: " + server + ": error: HTTP " + response.statusCode()
                    + " without a JSON answer");
            return null;
        }
        if (!json.has("lines")) {
            System.err.println("corroborate: " + server + ": error: " + json.path("error").asText("HTTP "
                    + response.statusCode()));
            return null;
        }
        return json;
    }

    /** Why the server could not be reached, in words: connection refused, unknown host, timed out. */
    private String unreachable(IOException e) {
        String host = server.getHost();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) {
                return "cannot connect: unknown host " + host;
            }
        }
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "cannot connect: no connection within 10 s (timed out)";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "the server did not answer within 5 minutes (timed out)";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                String message = t.getMessage();
                return "cannot connect: " + (message == null || message.toLowerCase(java.util.Locale.ROOT)
                        .contains("refused") ? "connection refused (is corroborate serve running there?)"
                        : message);
            }
        }
        String message = e.getMessage();
        return "connection failed: " + (message == null ? e.getClass().getSimpleName() : message);
    }

    /** Where the server names a line of its batch ("request:3: "), dropped for the file and line it came from. */
    private static final java.util.regex.Pattern BATCH_LINE = java.util.regex.Pattern.compile(
            "^[^\\s:]+:\\d+: (?=error: |warning: )");

    /** A rejected line's reason as other input errors are said, "error: WHY", without the batch's line. */
    static String reason(String reason) {
        String why = BATCH_LINE.matcher(reason).replaceFirst("");
        return why.startsWith("error: ") || why.startsWith("warning: ") ? why : "error: " + why;
    }

    /** Counts a batch's outcomes; a rejected line is reported under the file and line it was read from. */
    private void count(JsonNode json, List<String> from) {
        stored += json.path("stored").asLong();
        duplicates += json.path("duplicates").asLong();
        rejected += json.path("rejected").asLong();
        for (JsonNode line : json.path("lines")) {
            if (line.path("outcome").asText().equals("rejected")) {
                int n = line.path("line").asInt();
                String where = n >= 1 && n <= from.size() ? from.get(n - 1) : "batch line " + n;
                System.err.println("corroborate: " + where + ": " + reason(line.path("reason").asText()));
            }
        }
    }
}
