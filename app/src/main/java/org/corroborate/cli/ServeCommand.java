package org.corroborate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.http.CorroborateServer;
import org.corroborate.store.JdbcStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate serve}: the server, its JSON API and its web page, over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the server: articles arrive by POST /api/articles (or `corroborate ingest`), are",
                "analysed, clustered into stories and stored; briefs are rebuilt as stories grow. The web page",
                "is at http://HOST:PORT/ and the API under /api (docs/api.md)."},
        footer = {"", "Without --db everything is kept in one SQLite file, DATA/corroborate.db, with the search",
                "index in DATA/index (beside an SQLite file given to --db: FILE.index). Writes need",
                "Authorization: Bearer TOKEN; without --token one is made on first start, printed once and kept",
                "in DATA/token (readable by its owner only). Reads are open: listen on localhost unless a proxy",
                "guards the server.", "", "One server per data folder and database: a second one (or ingest --db) on",
                "them is refused with exit status 2."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH|URL", description = "An SQLite file, or a JDBC URL "
            + "(jdbc:postgresql://HOST/DB?user=U&password=P). Default: DATA/corroborate.db.")
    String db;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "corroborate-data",
            description = "Folder for the default database and the token (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: "
            + "${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a "
            + "free one).")
    int port;

    @Option(names = "--token", description = "The write token (at least 16 characters).")
    String token;

    @Option(names = "--max-body-mb", defaultValue = "16", description = "Largest request body (default: "
            + "${DEFAULT-VALUE} MB).")
    int maxBodyMb;

    @Option(names = "--allow-private-feeds", description = "Poll feeds on loopback and private addresses too "
            + "(refused by default: the server must not reach into its own network for a subscriber).")
    boolean allowPrivateFeeds;

    @Option(names = "--debounce-ms", defaultValue = "2000", description = "How long a story waits for more "
            + "news before its brief is rebuilt (default: ${DEFAULT-VALUE}).")
    long debounceMs;

    @Override
    public Integer call() throws Exception {
        String writeToken = token != null ? token : token(data);
        Databases.Opened opened;
        try {
            opened = Databases.open(db, data);
        } catch (Databases.InUse e) {
            boolean inDatabase = e.inDatabase();
            System.err.println("corroborate: another corroborate server is using " + (inDatabase ? "the database"
                    : db == null || db.startsWith("jdbc:") ? data : db) + " (" + e.getMessage() + "); "
                    + (inDatabase ? "stop it first: one server writes a database"
                    : "stop it, or give this one another --data"));
            return Main.BAD_ARGUMENTS;
        }
        JdbcStore store = opened.store();
        CorroborateServer server = new CorroborateServer(store, java.util.Optional.of(opened.index()), new BgeSmallEmbedder(),
                StoryModel.shipped(), new CorroborateServer.Config(host, port, writeToken, maxBodyMb * 1024L * 1024L,
                debounceMs, allowPrivateFeeds));
        server.start();
        System.err.printf("corroborate: serving %s (%s replayed) at http://%s:%d/%n", store.describe(),
                Plural.count(server.restored(), "article"), host, server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            opened.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** The token kept in DATA/token, made and printed once when there is none. */
    private static String token(Path data) throws IOException {
        Path file = data.resolve("token");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String made = HexFormat.of().formatHex(bytes);
        Files.createDirectories(data);
        try {
            // owner-only from the start, never readable by others for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, made + "\n", StandardCharsets.UTF_8);
        System.err.println("corroborate: write token (shown once, kept in " + file + "): " + made);
        return made;
    }
}
