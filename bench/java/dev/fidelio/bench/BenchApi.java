package dev.fidelio.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestFiles;

/** The few calls a benchmark makes to the server it started: log in as the admin, send JSON, read a field. */
final class BenchApi {

    static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration SCAN_TIMEOUT = Duration.ofMinutes(30);

    private BenchApi() {
    }

    /** Called while a benchmark waits, between two polls of the scan. */
    interface Poll {
        void run() throws Exception;
    }

    /** The settings of a server on {@code musicDir} with its data in {@code dataDir}, as users run it. */
    static Map<String, String> serverEnvironment(Path musicDir, Path dataDir) {
        return new HashMap<>(Map.of("FIDELIO_MUSIC_DIRS", musicDir.toString(), "FIDELIO_DATA_DIR", dataDir.toString(),
                "FIDELIO_ADMIN_PASSWORD", ADMIN_PASSWORD, "LANG", "C.UTF-8"));
    }

    /** The corpus sizes to measure: {@code -Dbench.sizes}, comma-separated, else {@code defaults}. */
    static List<Integer> sizes(String defaults) {
        return Arrays.stream(System.getProperty("bench.sizes", defaults).split(",")).map(size -> Integer.valueOf(size.strip())).toList();
    }

    /**
     * A packaged server on a new corpus of {@code n} tracks in {@code work}, each album folder with a cover, indexed,
     * with folder watching off so that nothing but the benchmark's load runs.
     */
    static ServerProcess indexedServer(Path work, int n) throws Exception {
        TestFiles.deleteTree(work);
        Path corpus = BenchCorpus.write(work.resolve("music"), n);
        BenchCorpus.addCovers(corpus);
        Map<String, String> env = serverEnvironment(corpus, work.resolve("data"));
        env.put("FIDELIO_SCAN_WATCH", "false");
        ServerProcess server = ServerProcess.start(env, work).awaitHealthy();
        try {
            awaitScan(server, login(server), 1, () -> {
            });
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /** Polls scan {@code id} until it finishes; returns its duration as the server measured it, in seconds. */
    static double awaitScan(ServerProcess server, String token, int id, Poll eachPoll) throws Exception {
        long deadline = System.nanoTime() + SCAN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            eachPoll.run();
            HttpResponse<String> response = send(server, "GET", "api/library/scans/" + id, token, null);
            if (response.statusCode() == 200) {
                String started = field(response.body(), "startedAt");
                String finished = field(response.body(), "finishedAt");
                if (finished != null) {
                    if (field(response.body(), "error") != null) {
                        throw new IllegalStateException("Scan failed: " + response.body());
                    }
                    return Duration.between(OffsetDateTime.parse(started), OffsetDateTime.parse(finished)).toMillis() / 1000.0;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Scan " + id + " did not finish in " + SCAN_TIMEOUT);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String login(ServerProcess server) throws Exception {
        HttpResponse<String> response = send(server, "POST", "api/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        String token = field(response.body(), "token");
        if (token == null) {
            throw new IllegalStateException("Login failed: " + response.body());
        }
        return token;
    }

    static HttpResponse<String> send(ServerProcess server, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
