package dev.fidelio.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import dev.fidelio.testsupport.ServerProcess;

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

    private GraphQLBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("graphql");
        System.out.println("| tracks | query | " + Wrk.HEADER);
        System.out.println("|---|---|---|---|---|---|---|");
        for (int n : BenchApi.sizes("10000")) {
            run(work.resolve("n" + n), n);
        }
    }

    private static void run(Path work, int n) throws Exception {
        try (ServerProcess server = BenchApi.indexedServer(work, n)) {
            String token = BenchApi.login(server);
            for (String name : new TreeSet<>(QUERIES.keySet())) {
                System.out.println(String.format(Locale.ROOT, "| %,d | %s | %s", n, name, measure(server, token, work, name, QUERIES.get(name))));
            }
        }
    }

    /** Checks that the query answers without errors and with cover URLs, then measures it. */
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
        return Wrk.measure(server.baseUrl() + "graphql", script);
    }
}
