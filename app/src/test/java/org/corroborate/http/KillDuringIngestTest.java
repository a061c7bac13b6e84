package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.corroborate.store.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of a 2xx: a server killed with SIGKILL while articles stream in loses none that it acknowledged. The
 * server runs in a child JVM; a client posts one article per request and keeps the ids answered with 200; the child
 * is killed mid-stream; the database is opened again and must hold every acknowledged article. Three rounds on one
 * database.
 */
class KillDuringIngestTest {
    private static final String TOKEN = "kill-test-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process serve(Path db, int port, int round) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.corroborate.cli.Main", "serve", "--db", db.toString(), "--port", String.valueOf(port),
                "--token", TOKEN, "--debounce-ms", "200");
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("serve-" + round + ".log").toFile());
        return builder.start();
    }

    private static boolean healthy(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String article(int round, int n) {
        String[] places = {"Port Alder", "Eastbank", "Marenta", "Veloria"};
        String place = places[n % places.length];
        return "{\"id\":\"r" + round + "-a" + n + "\",\"source\":\"Outlet " + (n % 5) + "\",\"title\":\"" + place
                + " council report " + n + "\",\"text\":\"The council of " + place + " published report number " + n
                + " on Monday. It covers roads, ferries and the harbour budget of " + (1000 + n)
                + " thousand. The mayor said the report would be debated next week.\"}";
    }

    @Test
    void noAcknowledgedArticleIsLostWhenTheServerIsKilled() throws Exception {
        Path db = dir.resolve("kill.db");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        for (int round = 1; round <= 3; round++) {
            int port = freePort();
            Process server = serve(db, port, round);
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!healthy(port)) {
                    assertThat(server.isAlive()).as("the server of round " + round + " started").isTrue();
                    assertThat(System.nanoTime()).as("the server answered within 60 s").isLessThan(deadline);
                    Thread.sleep(200);
                }
                List<String> thisRound = new ArrayList<>();
                final int r = round;
                Thread client = new Thread(() -> {
                    for (int n = 0; n < 10_000; n++) {
                        try {
                            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + port + "/api/articles"))
                                    .header("Authorization", "Bearer " + TOKEN)
                                    .POST(HttpRequest.BodyPublishers.ofString(article(r, n))).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                acknowledged.add("r" + r + "-a" + n);
                                synchronized (thisRound) {
                                    thisRound.add("r" + r + "-a" + n);
                                }
                            }
                        } catch (IOException e) {
                            return; // the server is gone
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                client.start();
                // kill it mid-stream: after a few acknowledgements, at a moment that varies by round
                long enough = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (true) {
                    assertThat(System.nanoTime()).as("acknowledgements within 120 s").isLessThan(enough);
                    synchronized (thisRound) {
                        if (thisRound.size() >= 3 + 2 * round) {
                            break;
                        }
                    }
                    assertThat(server.isAlive()).isTrue();
                    Thread.sleep(20);
                }
                Thread.sleep(37L * round);
                server.destroyForcibly(); // SIGKILL
                server.waitFor(10, TimeUnit.SECONDS);
                client.join(10_000);
            } finally {
                server.destroyForcibly();
            }
            try (JdbcStore store = JdbcStore.sqlite(db)) {
                List<String> lost = acknowledged.stream().filter(id -> !store.contains(id)).toList();
                System.out.printf("kill -9 round %d: %d acknowledged so far, %d stored, %d lost%n", round,
                        acknowledged.size(), store.articleCount(), lost.size());
                assertThat(lost).as("acknowledged articles missing after kill -9 in round " + round).isEmpty();
            }
        }
    }
}
