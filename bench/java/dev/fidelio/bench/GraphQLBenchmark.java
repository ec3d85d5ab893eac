package dev.fidelio.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestFiles;

/**
 * The album grid of the web player through {@code POST /graphql}: 50 albums with their artists and cover URLs, asked
 * by 8 concurrent clients (wrk, keep-alive, on loopback) of the packaged server indexing a corpus of N tracks with a
 * cover in every album folder. Reports requests per second and the latency distribution wrk measured. Needs wrk.
 *
 * <p>Usage: {@code ./mvnw -Pbench -Dbench.main=dev.fidelio.bench.GraphQLBenchmark} (N = 10000), or {@code -Dbench.sizes=100000}.
 */
public final class GraphQLBenchmark {

    static final String ALBUM_GRID = "{ albums(first: 50) { edges { cursor node { id title artistName year "
            + "artists { id name } coverArt { size url } } } pageInfo { hasNextPage endCursor } } }";
    private static final String CONNECTIONS = "8";
    private static final String DURATION = "30s";
    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    private GraphQLBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("graphql");
        System.out.println("| tracks | requests/s | p50 | p75 | p90 | p99 |");
        System.out.println("|---|---|---|---|---|---|");
        for (String size : System.getProperty("bench.sizes", "10000").split(",")) {
            int n = Integer.parseInt(size.strip());
            System.out.println(run(work.resolve("n" + n), n));
        }
    }

    private static String run(Path work, int n) throws Exception {
        TestFiles.deleteTree(work);
        Path corpus = BenchCorpus.write(work.resolve("music"), n);
        BenchCorpus.addCovers(corpus);
        Map<String, String> env = BenchApi.serverEnvironment(corpus, work.resolve("data"));
        env.put("FIDELIO_SCAN_WATCH", "false");
        try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
            String token = BenchApi.login(server);
            BenchApi.awaitScan(server, token, 1, () -> {
            });
            String body = "{\"query\":\"" + ALBUM_GRID.replace("\"", "\\\"") + "\"}";
            HttpResponse<String> check = BenchApi.send(server, "POST", "graphql", token, body);
            if (check.statusCode() != 200 || check.body().contains("\"errors\"") || !check.body().contains("/art/")) {
                throw new IllegalStateException("The album grid query failed: " + check.body());
            }
            Path script = work.resolve("album-grid.lua");
            Files.writeString(script, """
                    wrk.method = "POST"
                    wrk.headers["Content-Type"] = "application/json"
                    wrk.headers["Authorization"] = "Bearer %s"
                    wrk.body = '%s'
                    """.formatted(token, body.replace("'", "\\'")));
            wrk(server, script, "10s"); // warm-up: JIT, connection pool, page cache
            String output = wrk(server, script, DURATION);
            Matcher requests = REQUESTS.matcher(output);
            if (!requests.find()) {
                throw new IllegalStateException("No rate in wrk's output:\n" + output);
            }
            List<String> percentiles = new ArrayList<>();
            Matcher p = PERCENTILE.matcher(output);
            while (p.find()) {
                percentiles.add(p.group(2) + " " + p.group(3).replace("us", "µs"));
            }
            return String.format(Locale.ROOT, "| %,d | %,.0f | %s |", n, Double.parseDouble(requests.group(1)), String.join(" | ", percentiles));
        }
    }

    private static String wrk(ServerProcess server, Path script, String duration) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t", "2", "-c", CONNECTIONS, "-d", duration, "--latency", "--timeout", "10s", "-s",
                script.toString(), server.baseUrl() + "graphql").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(2, TimeUnit.MINUTES);
        if (output.contains("Non-2xx") || output.contains("Socket errors")) {
            throw new IllegalStateException("Errors under load:\n" + output);
        }
        return output;
    }
}
