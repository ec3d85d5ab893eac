package dev.fidelio.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestFiles;

/**
 * The web player's two busiest requests through {@code POST /graphql}: the album grid (50 albums with their artists and
 * cover URLs) and a search (20 of each kind, with what a result list shows), each asked by 8 concurrent clients (wrk,
 * keep-alive, on loopback) of the packaged server indexing a corpus of N tracks with a cover in every album folder.
 * Reports requests per second and the latency distribution wrk measured, per query. Needs wrk.
 *
 * <p>Usage: {@code ./mvnw -Pbench -Dbench.main=dev.fidelio.bench.GraphQLBenchmark} (N = 10000), or {@code -Dbench.sizes=100000}.
 */
public final class GraphQLBenchmark {

    static final String ALBUM_GRID = "{ albums(first: 50) { edges { cursor node { id title artistName year "
            + "artists { id name } coverArt { size url } } } pageInfo { hasNextPage endCursor } } }";
    /** An artist's name and the start of a number: whole words and prefixes, matching artists, albums and tracks. */
    static final String SEARCH = "{ search(query: \"Artist 12\", first: 20) { artists { nodes { id name coverArt { size url } } } "
            + "albums { nodes { id title artistName year coverArt { size url } } } works { nodes { id title composer { name } } } "
            + "tracks { nodes { id title durationSeconds album { id title } } pageInfo { hasNextPage endCursor } } } }";
    private static final Map<String, String> QUERIES = Map.of("album grid", ALBUM_GRID, "search", SEARCH);
    private static final String CONNECTIONS = "8";
    private static final String DURATION = "30s";
    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    private GraphQLBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("graphql");
        System.out.println("| tracks | query | requests/s | p50 | p75 | p90 | p99 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String size : System.getProperty("bench.sizes", "10000").split(",")) {
            int n = Integer.parseInt(size.strip());
            run(work.resolve("n" + n), n).forEach(System.out::println);
        }
    }

    private static List<String> run(Path work, int n) throws Exception {
        TestFiles.deleteTree(work);
        Path corpus = BenchCorpus.write(work.resolve("music"), n);
        BenchCorpus.addCovers(corpus);
        Map<String, String> env = BenchApi.serverEnvironment(corpus, work.resolve("data"));
        env.put("FIDELIO_SCAN_WATCH", "false");
        List<String> rows = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
            String token = BenchApi.login(server);
            BenchApi.awaitScan(server, token, 1, () -> {
            });
            for (String name : new TreeSet<>(QUERIES.keySet())) {
                rows.add(String.format(Locale.ROOT, "| %,d | %s | %s |", n, name, measure(server, token, work, name, QUERIES.get(name))));
            }
        }
        return rows;
    }

    /** Requests per second and the percentiles of one query, after a warm-up. */
    private static String measure(ServerProcess server, String token, Path work, String name, String query) throws Exception {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
        HttpResponse<String> check = BenchApi.send(server, "POST", "graphql", token, body);
        if (check.statusCode() != 200 || check.body().contains("\"errors\"") || !check.body().contains("/art/")) {
            throw new IllegalStateException("The " + name + " query failed: " + check.body());
        }
        Path script = work.resolve(name.replace(' ', '-') + ".lua");
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
        return String.format(Locale.ROOT, "%,.0f | %s", Double.parseDouble(requests.group(1)), String.join(" | ", percentiles));
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
