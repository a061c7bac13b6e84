package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: help, version, exit statuses, and analyze's outputs. */
class MainTest {
    @TempDir
    Path dir;

    /** Runs the command line in-process; standard output and error are captured. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter cliOut = new StringWriter();
        StringWriter cliErr = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(cliOut, true));
            cli.setErr(new PrintWriter(cliErr, true));
            int status = cli.execute(args);
            return new Run(status, cliOut + out.toString(StandardCharsets.UTF_8),
                    cliErr + err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }

    private static String examples() {
        return SharedData.repositoryRoot().resolve("examples").toString();
    }

    @Test
    void helpOnEveryCommand() {
        assertThat(run("--help").out()).contains("analyze", "generate-completion", "flink", "Exit status");
        // the launcher runs the Flink job; started without it, the command says how
        Run flink = run("flink", "--input", "x");
        assertThat(flink.status()).isEqualTo(2);
        assertThat(flink.err()).contains("./corroborate flink --help");
        assertThat(run("flink", "--help").err()).contains("./corroborate flink --help");
        Run analyzeHelp = run("analyze", "--help");
        assertThat(analyzeHelp.status()).isZero();
        assertThat(analyzeHelp.out()).contains("--format", "--show-removed", "json, jsonl, text");
        assertThat(run("bench", "analyze", "--help").out()).contains("--articles");
        assertThat(run("bench", "cluster", "--help").out()).contains("--per-day");
    }

    @Test
    void helpIsWrappedOnceIntoParagraphs() {
        assertThat(Main.paragraphs(new String[] {"One line", "goes on.", "", "A second", "paragraph.",
            "Example: corroborate x"})).containsExactly("One line goes on.", "", "A second paragraph.",
                "Example: corroborate x");
        // a command to copy stands as written, line by line
        assertThat(Main.paragraphs(new String[] {"Run it:", "  corroborate a \\", "    --b c", "Then read."}))
                .containsExactly("Run it:", "  corroborate a \\", "    --b c", "Then read.");
        assertThat(run("eval", "statements", "--help").out()).contains("\n  corroborate eval statements \\\n");
        // no line of a description is short because the source broke it there: each is at most the width and
        // only a paragraph's last line is much shorter
        java.util.List<String> lines = run("eval", "quotes", "--help").out().lines()
                .takeWhile(l -> !l.startsWith("  ")).toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(l -> assertThat(l.length()).isGreaterThan(60));
        // picocli's own commands keep their layout
        assertThat(run("generate-completion", "--help").out()).contains("source <(");
    }

    @Test
    void versionNamesTheBuild() {
        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("corroborate ").doesNotContain("${");
    }

    @Test
    void ingestStoresStraightIntoADatabaseWithBriefsAndRefusesTheSameArticlesTwice(@TempDir Path dir) {
        String db = dir.resolve("news.db").toString();
        Run first = run("ingest", examples(), "--db", db);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("9 stored, 0 already stored, 0 rejected");
        Run again = run("ingest", examples(), "--db", db);
        assertThat(again.err()).contains("0 stored, 9 already stored");
        try (org.corroborate.store.JdbcStore store = org.corroborate.store.JdbcStore.sqlite(Path.of(db))) {
            assertThat(store.articleCount()).isEqualTo(9);
            var stories = store.stories(org.corroborate.store.StoryQuery.newest(1));
            assertThat(stories).hasSize(2);
            assertThat(stories).allSatisfy(story -> assertThat(story.briefVersion()).isPositive());
        }
        assertThat(run("ingest", examples()).status()).isEqualTo(2);
        assertThat(run("ingest", examples(), "--server", "http://127.0.0.1:9").status()).isEqualTo(2);
    }

    @Test
    void ingestRefusesADatabaseThatAServerHoldsAndSaysWhy(@TempDir Path data) throws IOException {
        // what serve --data DATA holds while it runs
        try (Databases.Opened server = Databases.open(null, data)) {
            Run refused = run("ingest", examples(), "--db", data.resolve("corroborate.db").toString());
            assertThat(refused.status()).as(refused.err()).isEqualTo(2);
            assertThat(refused.err()).contains("a corroborate server (or another ingest --db) is using this "
                    + "database", "corroborate.db.lock", "ingest --server URL --token TOKEN")
                    .doesNotContain("internal error");
            assertThat(server.store().articleCount()).isZero();
        }
        // once the server is gone, ingest --db may write
        Run after = run("ingest", examples(), "--db", data.resolve("corroborate.db").toString());
        assertThat(after.status()).as(after.err()).isZero();
    }

    @Test
    void aSecondServerOnOneDataFolderIsRefusedInPlainWords(@TempDir Path data) throws IOException {
        try (Databases.Opened first = Databases.open(null, data)) {
            Run second = run("serve", "--data", data.toString(), "--port", "0");
            assertThat(second.status()).as(second.err()).isEqualTo(2);
            assertThat(second.err()).contains("another corroborate server is using " + data + " (lock held on "
                    + data.resolve("corroborate.db.lock")).doesNotContain("internal error", "please report");
        }
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(run("analyze").status()).isEqualTo(2);
        assertThat(run("analyze", "--format", "xml", examples()).status()).isEqualTo(2);
        Run window = run("cluster", "--window-days", "0", examples());
        assertThat(window.status()).isEqualTo(2);
        assertThat(window.err()).contains("--window-days must be above 0");
        Run unknown = run("frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void aWrongOptionPrintsOneLineAndWhereHelpIsNotTheWholeHelp() {
        Run wrong = run("brief", examples(), "--formt", "json");

        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("corroborate brief: Unknown option: '--formt'")
                .contains("--format") // picocli's suggestion
                .endsWith("Try 'corroborate brief --help' for more." + System.lineSeparator())
                .doesNotContain("Usage:", "--summary-words");
        assertThat(wrong.err().lines()).hasSizeLessThanOrEqualTo(4);
        Run top = run("--frobnicate");
        assertThat(top.status()).isEqualTo(2);
        assertThat(top.err()).contains("Try 'corroborate --help' for more.").doesNotContain("Usage:");
    }

    @Test
    void anErrorFoundByACommandNamesTheWholeCommand() {
        Run ingest = run("ingest", examples());
        assertThat(ingest.status()).isEqualTo(2);
        assertThat(ingest.err()).contains("corroborate ingest: give either --server URL with --token TOKEN",
                "Try 'corroborate ingest --help' for more.").doesNotContain("Try 'ingest");
        Run brief = run("brief", examples(), "--summary-words", "0");
        assertThat(brief.status()).isEqualTo(2);
        assertThat(brief.err()).contains("corroborate brief: --summary-words must be at least 1",
                "Try 'corroborate brief --help'");
        assertThat(run("cluster", "--pairs", "p.tsv", examples()).err()).contains("corroborate cluster: --pairs "
                + "needs --archive", "Try 'corroborate cluster --help'");
        assertThat(run("eval", "rouge", "--peer", "a", "--models", "b", "-s").err())
                .contains("corroborate eval rouge: -s needs --stopwords", "Try 'corroborate eval rouge --help'");
        assertThat(run("eval", "clusters", "--pred", "p.tsv").err()).contains("corroborate eval clusters: Missing "
                + "required option", "Try 'corroborate eval clusters --help'");
    }

    @Test
    void everyCommandPrintsTheVersion() {
        String version = run("--version").out();
        assertThat(version).startsWith("corroborate ");
        List<String> checked = new java.util.ArrayList<>();
        java.util.ArrayDeque<CommandLine> commands = new java.util.ArrayDeque<>(Main.commandLine().getSubcommands()
                .values());
        while (!commands.isEmpty()) {
            CommandLine command = commands.poll();
            commands.addAll(command.getSubcommands().values());
            if (command.getCommandSpec().findOption("--version") == null) {
                continue;
            }
            List<String> args = new java.util.ArrayList<>(List.of(command.getCommandSpec().qualifiedName()
                    .split(" ")).subList(1, command.getCommandSpec().qualifiedName().split(" ").length));
            args.add("--version");
            Run run = run(args.toArray(String[]::new));
            assertThat(run.status()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).isEqualTo(version);
            checked.add(String.join(" ", args));
        }
        assertThat(checked).contains("brief --version", "eval clusters --version", "train cluster --version",
                "bench serve --version", "generate-completion --version");
        assertThat(run("brief", "-V").out()).isEqualTo(version);
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsABadArgumentNamingThePath() throws IOException {
        Path nowhere = dir.resolve("no/such/dir/brief.md");
        Run brief = run("brief", examples(), "--out", nowhere.toString());
        assertThat(brief.status()).isEqualTo(2);
        assertThat(brief.err()).contains("corroborate brief: cannot write --out " + nowhere + ": no such directory "
                + dir.resolve("no/such/dir")).doesNotContain("internal error", "Exception");
        assertThat(brief.out()).isEmpty();
        Run directory = run("brief", examples(), "--format", "json", "--out", dir.toString());
        assertThat(directory.status()).isEqualTo(2);
        assertThat(directory.err()).contains("cannot write --out " + dir + ": it is a directory");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(run("brief", examples(), "--out", file.resolve("x.md").toString()).err())
                .contains("cannot write --out " + file.resolve("x.md") + ": " + file + " is not a directory");
        // every option a command writes to: checked before any work
        Path gold = Files.writeString(dir.resolve("gold.tsv"), "a\tx\nb\ty\n");
        Run train = run("train", "cluster", "--gold", gold.toString(), "--out", nowhere.toString(), examples());
        assertThat(train.status()).isEqualTo(2);
        assertThat(train.err()).contains("corroborate train cluster: cannot write --out " + nowhere);
        Run pairs = run("cluster", "--archive", "--pairs", nowhere.toString(), examples());
        assertThat(pairs.status()).isEqualTo(2);
        assertThat(pairs.err()).contains("cannot write --pairs " + nowhere + ": no such directory");
        Run features = run("eval", "statements", "--pairs", gold.toString(), "--features", nowhere.toString(),
                examples());
        assertThat(features.status()).isEqualTo(2);
        assertThat(features.err()).contains("cannot write --features " + nowhere + ": no such directory");
        // help is help, whatever else is on the line
        assertThat(run("brief", "--out", nowhere.toString(), "--help").status()).isZero();
    }

    @Test
    void countsInSummariesAreInTheRightNumber() throws IOException {
        assertThat(Plural.count(1, "article")).isEqualTo("1 article");
        assertThat(Plural.count(0, "input")).isEqualTo("0 inputs");
        assertThat(Plural.count(1, "story")).isEqualTo("1 story");
        assertThat(Plural.count(2, "story")).isEqualTo("2 stories");
        assertThat(Plural.count(3, "day")).isEqualTo("3 days");
        assertThat(Plural.count(2, "match")).isEqualTo("2 matches");

        Path one = Files.writeString(dir.resolve("one.txt"), "Title: Bridge shut\n\nThe Kestrel Bridge closed on "
                + "Monday after engineers found a crack, the council said.\n");
        Run analyzed = run("analyze", one.toString(), dir.resolve("missing.txt").toString());
        assertThat(analyzed.err()).contains("1 article (0 duplicates); 1 input rejected, 0 warnings");
        Run brief = run("brief", one.toString(), "--out", dir.resolve("b.md").toString());
        assertThat(brief.status()).as(brief.err()).isZero();
        assertThat(brief.err()).contains("1 article, 1 story, written to " + dir.resolve("b.md") + "; 0 inputs "
                + "rejected");
    }

    @Test
    void ingestNamesAServerItCannotReachAndWhy() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort(); // free, and nothing listens once it is closed
        }
        String url = "http://127.0.0.1:" + port;
        Run refused = run("ingest", examples(), "--server", url, "--token", "0123456789abcdef0123");
        assertThat(refused.status()).isEqualTo(2); // nothing at --server: a bad argument, as the help says
        assertThat(refused.err()).contains("corroborate: " + url + ": error: cannot connect: connection refused")
                .doesNotContain("null", "internal error");
        Run noScheme = run("ingest", examples(), "--server", "localhost:8080", "--token", "0123456789abcdef0123");
        assertThat(noScheme.status()).isEqualTo(2);
        assertThat(noScheme.err()).contains("--server takes an http:// or https:// URL");
    }

    @Test
    void ingestSaysWhenTheServerRefusedTheToken() throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"error\": \"writes need the header Authorization: Bearer TOKEN\", \"status\": 401}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Run refused = run("ingest", examples(), "--server", url, "--token", "wrong-token-0123456789");
            assertThat(refused.status()).isEqualTo(2); // a wrong --token is a bad argument
            assertThat(refused.err()).contains("corroborate: " + url + ": error: the server refused the token "
                    + "(HTTP 401)").doesNotContain("writes need the header");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void ingestExitsWithOneWhenTheServerFailsABatch() throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"error\": \"a store write failed\", \"status\": 503}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Run failed = run("ingest", examples(), "--server", url, "--token", "token-0123456789abcdef");
            assertThat(failed.status()).isEqualTo(1); // the input was not stored
            assertThat(failed.err()).contains(url + ": error: a store write failed").doesNotContain("internal error");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shellCompletionScript() {
        Run completion = run("generate-completion");
        assertThat(completion.status()).isZero();
        assertThat(completion.out()).contains("complete -F").contains("analyze");
    }

    @Test
    void analyzeExamplesAsJsonFollowsTheSchema() throws IOException {
        Run result = run("analyze", examples(), "--format", "json");

        assertThat(result.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("schema").asText()).isEqualTo("corroborate.analyze/1");
        assertThat(json.get("articles")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(json.get("counts").get("duplicates").asInt()).isEqualTo(1);
        for (JsonNode article : json.get("articles")) {
            String text = article.get("text").asText();
            for (JsonNode sentence : article.get("sentences")) {
                assertThat(text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
                        .isEqualTo(sentence.get("text").asText());
            }
            assertThat(article.has("duplicateOf")).isTrue();
        }
        assertThat(json.findValuesAsText("format")).contains("text", "html", "jsonl", "rss");
        assertThat(result.err()).doesNotContain("\r"); // no progress bar when not on a terminal
    }

    @Test
    void analyzeAsJsonLinesWritesOneArticlePerLine() throws IOException {
        Run result = run("analyze", examples(), "--format", "jsonl");

        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
        for (String line : lines) {
            assertThat(new ObjectMapper().readTree(line).get("id").asText()).isNotBlank();
        }
    }

    @Test
    void analyzeTextShowsRemovedBlocksOnRequest() {
        Run plain = run("analyze", examples());
        Run shown = run("analyze", examples(), "--show-removed");

        assertThat(plain.out()).contains("removed:", "duplicate of:");
        assertThat(plain.out()).doesNotContain("- newsletter prompt:");
        assertThat(shown.out()).contains("- newsletter prompt: Sign up to our free");
    }

    @Test
    void rejectedInputsAreReportedAndTheRestIsStillWritten() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "The bridge closed on Monday after a crack.");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"ok\", \"text\": \"Fine text.\"}\n"
                + "{not json}\n");

        Run result = run("analyze", "--format", "json", bad.toString(), good.toString(),
                dir.resolve("missing.txt").toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains(bad + ":2: error: malformed JSON")
                .contains("missing.txt: error: no such file or directory")
                .contains("2 articles (0 duplicates); 2 inputs rejected");
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("articles")).hasSize(2);
        assertThat(json.get("problems")).hasSize(2);
        assertThat(json.get("counts").get("rejected").asInt()).isEqualTo(2);
    }

    @Test
    void standardInputIsAnInput() throws IOException {
        var realIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "{\"id\": \"from-stdin\", \"text\": \"Piped in.\"}\n".getBytes(StandardCharsets.UTF_8)));
            Run result = run("analyze", "--format", "jsonl", "-");
            assertThat(result.status()).isZero();
            assertThat(new ObjectMapper().readTree(result.out()).get("id").asText()).isEqualTo("from-stdin");
        } finally {
            System.setIn(realIn);
        }
    }

    @Test
    void clusterSeparatesTheExampleStoriesAndEvalScoresIt() throws IOException {
        Run clustered = run("cluster", examples());

        assertThat(clustered.status()).isZero();
        Map<String, String> stories = new HashMap<>();
        for (String line : clustered.out().strip().split("\n")) {
            String[] fields = line.split("\t");
            stories.put(fields[0], fields[1]);
        }
        assertThat(stories).hasSize(9);
        assertThat(stories.get("harbour-times-strike-0312")).isEqualTo(stories.get("valley-courier-strike-0312"))
                .isNotEqualTo(stories.get("meridian-wire-0310-bridge"));
        assertThat(stories.get("valley-courier-bridge-wire")).isEqualTo(stories.get("meridian-wire-0310-bridge"));

        Path pred = Files.writeString(dir.resolve("pred.tsv"), clustered.out());
        StringBuilder gold = new StringBuilder("id\tstory\n");
        stories.keySet().forEach(id -> gold.append(id).append('\t').append(id.contains("strike") ? "b" : "a")
                .append('\n'));
        Path goldFile = Files.writeString(dir.resolve("gold.tsv"), gold);
        Run scored = run("eval", "clusters", "--gold", goldFile.toString(), "--pred", pred.toString());
        assertThat(scored.status()).isZero();
        assertThat(scored.out()).contains("articles  9 scored").contains("pairwise  P 1.0000  R 1.0000  F1 1.0000");
    }

    @Test
    void evalTimesScoresTimeMlByTempEvalRules() throws IOException {
        Path tml = Files.writeString(dir.resolve("bridge.tml"), "<?xml version=\"1.0\" ?><TimeML><DCT><TIMEX3 "
                + "tid=\"t0\" type=\"DATE\" value=\"2026-03-10\">2026-03-10</TIMEX3></DCT><TEXT>The bridge closed "
                + "on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-03-09\">Monday</TIMEX3> and will reopen in "
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2026-04\">April</TIMEX3>.</TEXT></TimeML>");

        Run scored = run("eval", "times", "--gold", tml.toString());

        assertThat(scored.status()).isZero();
        assertThat(scored.out()).contains("documents 1; gold 2, found 2", "relaxed span  P 1.0000  R 1.0000",
                "value         P 1.0000  R 1.0000  F1 1.0000");
        Path broken = Files.writeString(dir.resolve("broken.tml"), "<TimeML><TEXT>unclosed");
        Run bad = run("eval", "times", "--gold", dir.toString());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains(broken.toString());
        assertThat(bad.out()).contains("documents 1;");
    }

    @Test
    void evalQuotesReadsBratAttributions() throws IOException {
        Path gold = dir.resolve("brat");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        String text = "The bridge will stay shut. “We will not gamble with lives,” Mayor Ines Okafor said on Monday.\n";
        Files.writeString(gold.resolve("text/bridge.txt"), text);
        int start = text.indexOf('“');
        int end = text.indexOf('”') + 1;
        int source = text.indexOf("Mayor");
        Files.writeString(gold.resolve("attributions/bridge_ab12.ann"), "T1\tSource " + source + " "
                + (source + 17) + "\tMayor Ines Okafor\nT2\tContent " + start + " " + end + "\t"
                + text.substring(start, end) + "\nE1\tAttribution:T3 Content:T2 Source:T1\n");

        Run scored = run("eval", "quotes", "--gold", gold.toString());

        assertThat(scored.status()).isZero();
        assertThat(scored.out()).contains("gold direct quotes 1, found 1", "direct quotes  P 1.0000  R 1.0000",
                "1 of 1 right");
        assertThat(run("eval", "quotes", "--gold", dir.toString()).err()).contains("text/ and attributions/");
    }

    @Test
    void evalQuotesReadsASpanWhoseWordsBratWroteOverSeveralLines() throws IOException {
        Path gold = dir.resolve("brat");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        String text = "Ines Okafor spoke on Monday. “The pier is shut for the winter.\n\nThe ferry runs as usual,” "
                + "Okafor said.\n";
        Files.writeString(gold.resolve("text/pier.txt"), text);
        int start = text.indexOf('“');
        int end = text.indexOf('”') + 1;
        int source = text.lastIndexOf("Okafor");
        // the span's words hold a paragraph break, and brat writes them as they are: a line that starts with "The"
        Files.writeString(gold.resolve("attributions/pier_cd34.ann"), "T1\tSource " + source + " " + (source + 6)
                + "\tOkafor\nT2\tContent " + start + " " + end + "\t" + text.substring(start, end)
                + "\nE1\tAttribution:T3 Content:T2 Source:T1\n");

        Run scored = run("eval", "quotes", "--gold", gold.toString());

        assertThat(scored.status()).isZero();
        assertThat(scored.out()).contains("documents 1;", "gold direct quotes 1");
    }

    @Test
    void archiveClusteringWithAModelTrainedOnLabelledStories() throws IOException {
        Run shipped = run("cluster", "--archive", examples());
        assertThat(shipped.status()).isZero();
        StringBuilder gold = new StringBuilder("id\tstory\n");
        for (String line : shipped.out().strip().split("\n")) {
            String id = line.split("\t")[0];
            gold.append(id).append('\t').append(id.contains("strike") ? "strike" : "bridge").append('\n');
        }
        Path goldFile = Files.writeString(dir.resolve("gold.tsv"), gold);
        Path pred = Files.writeString(dir.resolve("pred.tsv"), shipped.out());
        assertThat(run("eval", "clusters", "--gold", goldFile.toString(), "--pred", pred.toString()).out())
                .contains("pairwise  P 1.0000  R 1.0000  F1 1.0000");

        Path model = dir.resolve("model.tsv");
        Run trained = run("train", "cluster", "--gold", goldFile.toString(), "--out", model.toString(), examples());
        assertThat(trained.status()).isZero();
        assertThat(trained.out()).contains("trained on 9 articles");
        assertThat(Files.readString(model)).contains("threshold\t", "embedding\t", "bias\t");
        Run mine = run("cluster", "--archive", "--model", model.toString(), examples());
        assertThat(mine.status()).isZero();
        assertThat(mine.out().strip().split("\n")).hasSize(9);

        Path oneStory = Files.writeString(dir.resolve("one.tsv"), "a\tx\n");
        Run refused = run("train", "cluster", "--gold", oneStory.toString(), "--out", model.toString(), examples());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("one.tsv", "at least two stories");
        assertThat(run("cluster", "--archive", "--model", dir.resolve("none.tsv").toString(), examples()).err())
                .contains("none.tsv", "no such file");
        assertThat(run("cluster", "--pairs", dir.resolve("p.tsv").toString(), examples()).status()).isEqualTo(2);

        // topics: a third column, each story within one topic; a topic model of one's own is a trained model too
        Run topics = run("cluster", "--archive", "--topics", "--topic-model", model.toString(), examples());
        assertThat(topics.status()).isZero();
        assertThat(topics.err()).contains("2 stories and 2 topics");
        assertThat(topics.out().strip().split("\n")).hasSize(9)
                .allSatisfy(line -> assertThat(line.split("\t")).hasSize(3));
        Map<String, String> topicOfStory = new HashMap<>();
        for (String line : topics.out().strip().split("\n")) {
            String[] f = line.split("\t");
            assertThat(topicOfStory.computeIfAbsent(f[1], k -> f[2])).as("story %s in one topic", f[1]).isEqualTo(f[2]);
        }
        Run shippedTopics = run("cluster", "--archive", "--topics", "--format", "jsonl", examples());
        assertThat(shippedTopics.status()).isZero();
        for (String line : shippedTopics.out().strip().split("\n")) {
            JsonNode article = new ObjectMapper().readTree(line);
            assertThat(article.get("topic").asInt()).isPositive();
            assertThat(article.get("story").asInt()).isPositive();
        }
        // streaming: each story's topic as known when its line is printed, every story within one topic
        Run streamed = run("cluster", "--topics", examples());
        assertThat(streamed.status()).isZero();
        Map<String, String> streamedTopics = new HashMap<>();
        for (String line : streamed.out().strip().split("\n")) {
            String[] f = line.split("\t");
            assertThat(f).hasSize(3);
            assertThat(streamedTopics.computeIfAbsent(f[1], k -> f[2])).as("story %s in one topic", f[1])
                    .isEqualTo(f[2]);
        }
        assertThat(new java.util.HashSet<>(streamedTopics.values())).as("the two stories are not of one topic")
                .hasSize(2);
        assertThat(run("cluster", "--archive", "--topic-model", model.toString(), examples()).status()).isEqualTo(2);
        Path singles = Files.writeString(dir.resolve("singles.tsv"), "harbour-times-strike-0312\ta\n"
                + "meridian-wire-0310-bridge\tb\n");
        Run noPairs = run("train", "cluster", "--gold", singles.toString(), "--out", model.toString(), examples());
        assertThat(noPairs.status()).isEqualTo(1);
        assertThat(noPairs.err()).contains("singles.tsv", "at least two articles");
    }

    @Test
    void theRealSeedReportsFormOneStoryBesideTheExamplesThoughOnlyOneIsDated() throws IOException {
        Path seeds = org.corroborate.testing.SharedData.seeds();
        Run clustered = run("cluster", examples(), seeds.toString());

        Map<String, String> stories = new HashMap<>();
        for (String line : clustered.out().strip().split("\n")) {
            String[] fields = line.split("\t");
            stories.put(fields[0], fields[1]);
        }
        StringBuilder gold = new StringBuilder();
        stories.keySet().forEach(id -> gold.append(id).append('\t')
                .append(id.endsWith(".txt") && id.matches("\\d{3}_.*") ? "seeds" : id.contains("strike") ? "strike"
                        : "bridge").append('\n'));
        Path goldFile = Files.writeString(dir.resolve("gold.tsv"), gold);
        Path pred = Files.writeString(dir.resolve("pred.tsv"), clustered.out());
        Run scored = run("eval", "clusters", "--gold", goldFile.toString(), "--pred", pred.toString());

        System.out.println("seeds + examples (14 articles with bodies, 3 stories): " + scored.out().strip()
                .replace('\n', ';'));
        assertThat(stories).hasSize(14);
        assertThat(scored.out()).contains("pairwise  P 1.0000  R 1.0000  F1 1.0000")
                .contains("BCubed    P 1.0000  R 1.0000  F1 1.0000");
        Run briefed = run("brief", seeds.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(briefed.out()).get("stories")).as("one story, not one per date")
                .hasSize(1);

        // Undated seeds take their dates from the dated seed of their story, not from the 2026 examples beside them.
        JsonNode mixed = new ObjectMapper().readTree(run("brief", examples(), seeds.toString(), "--format", "json")
                .out());
        List<String> seedDates = new java.util.ArrayList<>();
        for (JsonNode story : mixed.get("stories")) {
            if (story.get("articles").get(0).get("id").asText().matches("\\d{3}_.*")) {
                story.get("timeline").forEach(event -> seedDates.add(event.get("date").asText()));
            }
        }
        assertThat(seedDates).contains("2025-01-27", "2025-02").noneMatch(date -> date.startsWith("2026"));
    }

    @Test
    void aMissingOrRejectedInputIsSaidAsEveryInputErrorIs() throws IOException {
        Path gold = Files.writeString(dir.resolve("g.tsv"), "a\t1\nb\t1\n");
        Path missing = dir.resolve("missing.tsv");
        Run eval = run("eval", "clusters", "--gold", gold.toString(), "--pred", missing.toString());
        assertThat(eval.status()).isEqualTo(1);
        assertThat(eval.err()).contains("corroborate: " + missing + ": error: no such file");

        // a line the store refuses: named by its file once, as the reader names a bad line, with no batch line
        Path article = Files.writeString(dir.resolve("ferry.txt"), "Ferry fares in Port Alder rise by ten percent "
                + "from Monday, the operator said.");
        String db = dir.resolve("news.db").toString();
        assertThat(run("ingest", article.toString(), "--db", db).status()).isZero();
        Files.writeString(article, "The Eastbank library reopens on Saturday after a year of repairs.");
        Run again = run("ingest", article.toString(), "--db", db);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("corroborate: " + article + ": error: id 'ferry.txt' is already stored")
                .doesNotContain("rejected: ", "batch:1");
    }

    @Test
    void evalRejectsAMalformedLineNamingIt() throws IOException {
        Path gold = Files.writeString(dir.resolve("g.tsv"), "a\t1\nb\t1\n");
        Path pred = Files.writeString(dir.resolve("p.tsv"), "a\t1\nb only\n");

        Run scored = run("eval", "clusters", "--gold", gold.toString(), "--pred", pred.toString());

        assertThat(scored.status()).isEqualTo(1);
        assertThat(scored.err()).contains(pred + ":2: error: expected id<TAB>story");
    }

    @Test
    void rougeOfASummaryAgainstTwoReferences() throws IOException {
        Path peer = Files.writeString(dir.resolve("peer.txt"), "bridge closed\n");
        Path one = Files.writeString(dir.resolve("m1.txt"), "bridge closed monday\n");
        Path two = Files.writeString(dir.resolve("m2.txt"), "bridge reopens\n");

        Run result = run("eval", "rouge", "--peer", peer.toString(), "--models", one.toString(), two.toString(),
                "-n", "1");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("ROUGE-1  R 0.60000  P 0.75000  F 0.66667").contains("ROUGE-L");
        assertThat(run("eval", "rouge", "--peer", peer.toString(), "--models", one.toString(), "-s").status())
                .isEqualTo(2);
    }

    @Test
    void briefOfTheExamplesAsJsonHasTheDocumentedFields() throws IOException {
        Run result = run("brief", examples(), "--format", "json");

        assertThat(result.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("schema").asText()).isEqualTo("corroborate.brief/3");
        assertThat(json.get("stories")).hasSize(2);
        JsonNode story = json.get("stories").get(0);
        assertThat(story.fieldNames()).toIterable().contains("id", "headline", "articles", "summary", "facts",
                "quotes", "figures", "conflicts", "timeline", "entities", "relatedStories");
        // a bridge closure and a teachers' strike in one town are two subjects, not one topic
        assertThat(story.get("relatedStories")).isEmpty();
        assertThat(story.get("articles")).hasSize(7);
        assertThat(story.get("summary")).isNotEmpty().allSatisfy(s -> assertThat(s.get("sources")).isNotEmpty());
        assertThat(story.get("facts").findValuesAsText("text")).isNotEmpty();
        // the outlets give the crack as 30 and as 40 centimetres: both stand, each with its source
        assertThat(story.get("conflicts")).anySatisfy(c -> assertThat(c.get("values").findValuesAsText("value"))
                .containsExactlyInAnyOrder("30", "40"));

        Run one = run("brief", examples(), "--one-story", "--format", "json", "--summary-words", "30");
        JsonNode single = new ObjectMapper().readTree(one.out()).get("stories");
        assertThat(single).hasSize(1);
        int words = 0;
        for (JsonNode sentence : single.get(0).get("summary")) {
            words += sentence.get("text").asText().replace(" …", "").split("\\s+").length;
        }
        assertThat(words).isLessThanOrEqualTo(30);

        // no whole sentence fits three words: the best one stands alone, whole
        JsonNode tiny = new ObjectMapper().readTree(run("brief", examples(), "--one-story", "--format", "json",
                "--summary-words", "3").out()).get("stories").get(0).get("summary");
        assertThat(tiny).hasSize(1);
        assertThat(tiny.get(0).get("text").asText()).endsWith(".");
    }

    @Test
    void briefAsMarkdownCitesSourcesWithALegend() {
        Run result = run("brief", examples());

        assertThat(result.out()).startsWith("# ").contains("## Summary", "## Facts", "## Sources", "[1] ",
                "Only in ");
    }
}
