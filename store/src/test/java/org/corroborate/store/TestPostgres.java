package org.corroborate.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: Debian's binaries ({@code /usr/lib/postgresql/N/bin}, or the folder in
 * {@code CORROBORATE_PG_BIN}) run on a free port over a cluster in a temporary folder, as the {@code postgres} user
 * when the tests run as root (PostgreSQL refuses root). {@link #start} is empty, with the reason, when no server can
 * start, so tests skip instead of failing on a machine without PostgreSQL.
 */
public final class TestPostgres implements AutoCloseable {
    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private int databases;

    private TestPostgres(Path bin, Path data, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Why no server could start, when none could. */
    private static String whyNot = "";

    /** Why the last {@link #start} found no server. */
    public static String whyNot() {
        return whyNot;
    }

    public static Optional<TestPostgres> start() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            whyNot = "no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or CORROBORATE_PG_BIN";
            return Optional.empty();
        }
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path data = Files.createTempDirectory("corroborate-pg-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            TestPostgres pg = new TestPostgres(bin.get(), data, port, root);
            if (root) {
                run(List.of("chown", "postgres:postgres", data.toString()), 30);
            }
            pg.as(List.of(bin.get().resolve("initdb").toString(), "-D", data.resolve("cluster").toString(), "-A",
                    "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"), 120);
            pg.as(List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w",
                    "-l", data.resolve("log").toString(), "-o", "-p " + port + " -k " + data
                            + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), 120);
            return Optional.of(pg);
        } catch (IOException | InterruptedException | IllegalStateException e) {
            whyNot = "PostgreSQL did not start: " + e.getMessage();
            return Optional.empty();
        }
    }

    private static Optional<Path> binaries() {
        String env = System.getenv("CORROBORATE_PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Optional.of(Path.of(env));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Path::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void as(List<String> command, int seconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, seconds);
    }

    private static void run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    /** A new, empty database's JDBC URL. */
    public String newDatabase() throws SQLException {
        String name = "corroborate_test_" + (++databases);
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    @Override
    public void close() {
        try {
            as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-m",
                    "immediate", "stop"), 60);
        } catch (IOException | InterruptedException | IllegalStateException e) {
            System.err.println("test PostgreSQL did not stop: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
