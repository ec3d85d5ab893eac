package dev.fidelio.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestFiles;
import dev.fidelio.upnp.UpnpClient;

/**
 * The ContentDirectory under load, as control points use it: SOAP over HTTP on loopback from 8 concurrent clients
 * (keep-alive) to the packaged server, UPnP bound to {@code lo}, on a corpus of N tracks (10 an album, a cover in
 * every album folder). Requests: Browse of the root; Browse of the albums A–Z container, first 50; Browse of one
 * album; a Search by title (BubbleUPnP's album search); and a deep page — StartingIndex at 90 % of a listing of all
 * N tracks (a Search for every audio item). Each kind runs a fixed number of requests per client after a warm-up;
 * reports requests per second and the latency distribution.
 *
 * <p>Usage: {@code ./mvnw -Pbench -Dbench.main=dev.fidelio.bench.UpnpBenchmark} (N = 10000), or {@code -Dbench.sizes=2000}
 * and {@code -Dbench.requests=200} (per client and kind).
 */
public final class UpnpBenchmark {

    private static final int CLIENTS = 8;
    private static final Pattern CONTAINER_ID = Pattern.compile("&lt;container id=(?:&quot;|\")([^&\"]+)");

    private UpnpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("upnp");
        int requests = Integer.getInteger("bench.requests", 1000);
        System.out.println("| tracks | request | requests/s | p50 / p99 / max |");
        System.out.println("|---|---|---|---|");
        for (String size : System.getProperty("bench.sizes", "10000").split(",")) {
            int n = Integer.parseInt(size.strip());
            run(work.resolve("n" + n), n, requests);
        }
    }

    private static void run(Path work, int n, int requests) throws Exception {
        TestFiles.deleteTree(work);
        Path corpus = BenchCorpus.write(work.resolve("music"), n);
        BenchCorpus.addCovers(corpus);
        int upnpPort = ServerProcess.freePort();
        Map<String, String> env = BenchApi.serverEnvironment(corpus, work.resolve("data"));
        env.put("FIDELIO_SCAN_WATCH", "false");
        env.put("FIDELIO_UPNP_INTERFACES", "lo");
        env.put("FIDELIO_UPNP_PORT", Integer.toString(upnpPort));
        try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
            BenchApi.awaitScan(server, BenchApi.login(server), 1, () -> {
            });
            String udn = Files.readString(work.resolve("data/upnp/udn"), StandardCharsets.US_ASCII).strip();
            URI description = URI.create("http://127.0.0.1:" + upnpPort + "/dev/" + udn + "/desc");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI control = UpnpClient.contentDirectory(description,
                    http.send(HttpRequest.newBuilder(description).build(), HttpResponse.BodyHandlers.ofString()).body());
            String albums = call(http, control, browse("albums/a-z", 0, 50));
            Matcher album = CONTAINER_ID.matcher(albums);
            if (!album.find()) {
                throw new IllegalStateException("No album in the albums container: " + albums);
            }
            Map<String, String[]> kinds = new java.util.LinkedHashMap<>();
            kinds.put("Browse root", browse("0", 0, 0));
            kinds.put("Browse albums A–Z, first 50", browse("albums/a-z", 0, 50));
            kinds.put("Browse one album", browse(album.group(1), 0, 0));
            kinds.put("Search albums by title", search("(upnp:class derivedfrom \"object.container.album.musicAlbum\" and dc:title contains \"Album 42\")", 0));
            kinds.put("Search all tracks, StartingIndex " + n * 9 / 10, search("upnp:class derivedfrom \"object.item.audioItem\"", n * 9 / 10));
            for (Map.Entry<String, String[]> kind : kinds.entrySet()) {
                measure(http, control, Math.max(1, requests / 10), kind.getValue()); // warm-up: JIT, connections, page cache
                List<Double> millis = Collections.synchronizedList(new ArrayList<>());
                long start = System.nanoTime();
                millis.addAll(measure(http, control, requests, kind.getValue()));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "| %,d | %s | %,.0f | %s |%n", n, kind.getKey(), millis.size() / seconds, Latencies.summary(millis));
            }
            server.stop();
        }
    }

    /** {@code requests} calls from each of the clients at once; the latency of every call. */
    private static List<Double> measure(HttpClient http, URI control, int requests, String[] action) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Double>>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                results.add(clients.submit(() -> {
                    List<Double> millis = new ArrayList<>(requests);
                    for (int i = 0; i < requests; i++) {
                        long t = System.nanoTime();
                        call(http, control, action);
                        millis.add((System.nanoTime() - t) / 1e6);
                    }
                    return millis;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> result : results) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            clients.shutdownNow();
        }
    }

    private static String call(HttpClient http, URI control, String[] action) throws Exception {
        String[] arguments = java.util.Arrays.copyOfRange(action, 1, action.length);
        HttpResponse<String> response = http.send(UpnpClient.soap(control, action[0], arguments).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(action[0] + " failed with " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String[] browse(String objectId, int start, int count) {
        return new String[] { "Browse", "ObjectID", objectId, "BrowseFlag", "BrowseDirectChildren", "Filter", "*", "StartingIndex",
                Integer.toString(start), "RequestedCount", Integer.toString(count), "SortCriteria", "" };
    }

    private static String[] search(String criteria, int start) {
        return new String[] { "Search", "ContainerID", "0", "SearchCriteria", criteria, "Filter", "*", "StartingIndex", Integer.toString(start),
                "RequestedCount", "50", "SortCriteria", "" };
    }
}
