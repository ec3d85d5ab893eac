package dev.fidelio.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.testsupport.ServerProcess;

/**
 * The Subsonic calls apps make most, each under 8 concurrent clients (wrk, keep-alive, on loopback) of the packaged
 * server indexing a corpus of N tracks with a cover in every album folder: getArtists, getAlbumList2 (50 albums by
 * name), search3 (a two-word query, 20 of each kind) and getAlbum. Every request logs in as apps do, with a salted
 * token, and asks for JSON. Reports requests per second and the latency distribution wrk measured. Needs wrk.
 *
 * <p>Usage: {@code ./mvnw -Pbench -Dbench.main=dev.fidelio.bench.SubsonicBenchmark} (N = 10000), or
 * {@code -Dbench.sizes=100000}.
 */
public final class SubsonicBenchmark {

    private static final String SALT = "c0ffee42";
    private static final Pattern FIRST_ALBUM_ID = Pattern.compile("\"album\":\\[\\{\"id\":\"([^\"]+)\"");

    private SubsonicBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("subsonic");
        System.out.println("| call | tracks | " + Wrk.HEADER);
        System.out.println("|---|---|---|---|---|---|---|");
        for (int n : BenchApi.sizes("10000")) {
            run(work.resolve("n" + n), n);
        }
    }

    private static void run(Path work, int n) throws Exception {
        try (ServerProcess server = BenchApi.indexedServer(work, n)) {
            // A login with the password keeps the encrypted copy that salted tokens are checked against.
            String password = URLEncoder.encode(BenchApi.ADMIN_PASSWORD, StandardCharsets.UTF_8);
            check(server, "rest/ping?u=admin&p=" + password + "&v=1.16.1&c=bench&f=json");
            String auth = "u=admin&t=" + md5Hex(BenchApi.ADMIN_PASSWORD + SALT) + "&s=" + SALT + "&v=1.16.1&c=bench&f=json";
            Map<String, String> calls = new LinkedHashMap<>();
            calls.put("getArtists", "getArtists?" + auth);
            calls.put("getAlbumList2", "getAlbumList2?type=alphabeticalByName&size=50&" + auth);
            calls.put("search3", "search3?query=" + URLEncoder.encode("track 42", StandardCharsets.UTF_8) + "&" + auth);
            calls.put("getAlbum", "getAlbum?id=" + middleAlbum(server, n, auth) + "&" + auth);
            for (Map.Entry<String, String> call : calls.entrySet()) {
                String url = server.baseUrl() + "rest/" + call.getValue();
                check(server, "rest/" + call.getValue());
                System.out.println(String.format(Locale.ROOT, "| %s | %,d | %s", call.getKey(), n, Wrk.measure(url, null)));
            }
        }
    }

    /** An album from the middle of the list by name, so the lookup is not of the first row. */
    private static String middleAlbum(ServerProcess server, int n, String auth) throws Exception {
        int albums = Math.max(1, n / BenchCorpus.TRACKS_PER_ALBUM);
        String body = check(server, "rest/getAlbumList2?type=alphabeticalByName&size=1&offset=" + albums / 2 + "&" + auth);
        Matcher id = FIRST_ALBUM_ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("No album in " + body);
        }
        return id.group(1);
    }

    /** The call answered with a successful Subsonic response; anything else stops the benchmark. */
    private static String check(ServerProcess server, String pathAndQuery) throws Exception {
        HttpResponse<String> response = BenchApi.send(server, "GET", pathAndQuery, null, null);
        if (response.statusCode() != 200 || !response.body().contains("\"status\":\"ok\"")) {
            throw new IllegalStateException(pathAndQuery.substring(0, pathAndQuery.indexOf('?')) + " failed: " + response.body());
        }
        return response.body();
    }

    private static String md5Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
