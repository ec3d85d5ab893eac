package dev.fidelio.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.fidelio.testsupport.ServerProcess;

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

    private GraphQLBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("graphql");
        System.out.println("| tracks | " + Wrk.HEADER);
        System.out.println("|---|---|---|---|---|---|");
        for (int n : BenchApi.sizes("10000")) {
            System.out.println(run(work.resolve("n" + n), n));
        }
    }

    private static String run(Path work, int n) throws Exception {
        try (ServerProcess server = BenchApi.indexedServer(work, n)) {
            String token = BenchApi.login(server);
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
            return String.format(Locale.ROOT, "| %,d | %s", n, Wrk.measure(server.baseUrl() + "graphql", script));
        }
    }
}
