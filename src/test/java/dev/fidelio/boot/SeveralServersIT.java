package dev.fidelio.boot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fidelio.testsupport.Eventually;
import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestDatabase;
import dev.fidelio.testsupport.TinyFlac;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Two packaged servers on one PostgreSQL, as a household that outgrew one machine runs them: both serve the same
 * library and accounts, one scans, and when that one is killed in the middle of a scan the other takes over and
 * finishes it. Only the scanning server announces the UPnP media server ({@code FIDELIO_UPNP_ANNOUNCE=scanner}), on
 * loopback, and the other takes that over too.
 */
class SeveralServersIT {

    private static final String ADMIN_PASSWORD = "several-servers-1";
    private static final String SCANS_HERE = "scans the music folders now";
    private static final String ANNOUNCED = "UPnP media server 'Fidelio' announced";
    /** Ten tracks an album, ten albums an artist. */
    private static final int TRACKS_PER_ALBUM = 10;
    private static final int TRACKS_PER_ARTIST = 100;
    private static final int FIRST_SET = 300;
    private static final int SECOND_SET = 1000;
    private static final int THIRD_SET = 10;

    @TempDir
    Path work;

    private final Map<ServerProcess, Integer> upnpPorts = new HashMap<>();

    @Test
    void bothServeTheLibraryOneScansAndTheOtherFinishesWhenItIsKilled() throws Exception {
        Path music = Files.createDirectories(work.resolve("music"));
        writeTracks(music, 0, FIRST_SET);
        try (TestDatabase database = TestDatabase.create(); Connection blocker = database.connect()) {
            Map<String, String> settings = settings(database, music);
            try (ServerProcess first = start(settings, "first"); ServerProcess second = start(settings, "second")) {
                awaitCount(database, "SELECT count(*) FROM track", FIRST_SET);
                awaitCount(database, "SELECT count(*) FROM scan_run WHERE finished_at IS NULL", 0);
                assertThat(first.output()).contains(SCANS_HERE);
                assertThat(second.output()).as("a second server leaves scanning to the first").doesNotContain(SCANS_HERE);
                Eventually.until("the first server announcing UPnP", () -> first.output().contains(ANNOUNCED));
                assertThat(upnpAnswers(first)).as("the scanning server's media server").isTrue();
                assertThat(upnpAnswers(second)).as("the other server's media server").isFalse();
                assertThat(second.output()).doesNotContain(ANNOUNCED);

                bothServeTheSameLibrary(database, first, second, music, FIRST_SET);

                // The first server's next scan is held up storing its first batch: the test holds a lock it waits for.
                blocker.setAutoCommit(false);
                try (Statement s = blocker.createStatement()) {
                    s.execute("LOCK TABLE track IN SHARE MODE");
                }
                writeTracks(music, FIRST_SET, SECOND_SET);
                Eventually.until("the first server's scan waiting to store", () -> single(database,
                        "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'track'::regclass") > 0);
                long interrupted = single(database, "SELECT id FROM scan_run WHERE started_at IS NOT NULL AND finished_at IS NULL");
                assertThat(text(database, "SELECT node FROM scan_run WHERE id = " + interrupted)).endsWith(":" + first.port());
                assertThat(column(database, "SELECT DISTINCT node FROM scan_run WHERE node IS NOT NULL"))
                        .as("every scan so far ran on the first server").containsExactly(text(database,
                                "SELECT node FROM scan_run WHERE id = " + interrupted));
                assertThat(graphQlTrackCount(second, login(second))).as("the second server serves while the first scans")
                        .isEqualTo(FIRST_SET);

                first.kill();
                blocker.rollback();

                Eventually.until("the second server taking over", () -> second.output().contains(SCANS_HERE));
                Eventually.until("the second server announcing UPnP", () -> second.output().contains(ANNOUNCED) && upnpAnswers(second));
                awaitCount(database, "SELECT count(*) FROM track", FIRST_SET + SECOND_SET);
                awaitCount(database, "SELECT count(*) FROM scan_run WHERE finished_at IS NULL", 0);
                assertThat(text(database, "SELECT error FROM scan_run WHERE id = " + interrupted))
                        .startsWith("The server running this scan (").contains(":" + first.port() + ") stopped; scan ")
                        .endsWith(" does it again.");
                assertThat(column(database, "SELECT node FROM scan_run WHERE id > " + interrupted + " AND started_at IS NOT NULL"))
                        .isNotEmpty().allSatisfy(node -> assertThat(node).endsWith(":" + second.port()));
                assertThat(column(database, "SELECT phase FROM scan_run WHERE id > " + interrupted)).containsOnly("finished");

                // Only the scanning server watches the folders: now the second finds new files by itself.
                writeTracks(music, FIRST_SET + SECOND_SET, THIRD_SET);
                awaitCount(database, "SELECT count(*) FROM track", FIRST_SET + SECOND_SET + THIRD_SET);
                awaitCount(database, "SELECT count(*) FROM scan_run WHERE finished_at IS NULL", 0);

                int all = FIRST_SET + SECOND_SET + THIRD_SET;
                assertThat(single(database, "SELECT count(DISTINCT relative_path) FROM track")).isEqualTo(all);
                assertThat(single(database, "SELECT count(*) FROM artist")).isEqualTo(all / TRACKS_PER_ARTIST + 1);
                assertThat(single(database, "SELECT count(*) FROM album")).isEqualTo(all / TRACKS_PER_ALBUM);
                assertThat(single(database, "SELECT count(*) FROM (SELECT title FROM track GROUP BY title HAVING count(*) > 1) d"))
                        .as("no track stored twice").isZero();
                assertThat(graphQlTrackCount(second, login(second))).isEqualTo(all);
                assertThat(second.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
            }
        }
    }

    /**
     * A login on either server, a signed URL made by either, and a Subsonic token login all work on the other; what
     * is being listened to is recorded in the database, for both to show.
     */
    private static void bothServeTheSameLibrary(TestDatabase database, ServerProcess first, ServerProcess second, Path music,
            int tracks) throws Exception {
        String token = login(first);
        assertThat(graphQlTrackCount(first, token)).isEqualTo(tracks);
        assertThat(graphQlTrackCount(second, token)).as("a session made on one server is valid on the other").isEqualTo(tracks);

        JsonPath page = graphQl(first, token, "{ tracks(first: 1, sort: NAME) { nodes { id path streamVariants { name url } } } }");
        String id = page.getString("data.tracks.nodes[0].id");
        byte[] file = Files.readAllBytes(music.resolve(page.getString("data.tracks.nodes[0].path")));
        String signed = page.getString("data.tracks.nodes[0].streamVariants.find { it.name == 'original' }.url");
        assertThat(given().baseUri(second.baseUrl()).get(signed.substring(1)).then().statusCode(200).extract().asByteArray())
                .as("a URL signed by one server plays on the other").isEqualTo(file);
        for (ServerProcess server : List.of(first, second)) {
            assertThat(given().baseUri(server.baseUrl()).header("Authorization", "Bearer " + token).get("stream/" + id)
                    .then().statusCode(200).extract().asByteArray()).isEqualTo(file);
        }
        assertThat(column(database, "SELECT track_id FROM now_playing")).as("one listening, whichever server it went to")
                .containsExactly(id);

        // The first server made the administrator and sealed its password with the key both servers are given.
        String salt = "c19b2d";
        String subsonicToken = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest((ADMIN_PASSWORD + salt).getBytes(StandardCharsets.UTF_8)));
        given().baseUri(second.baseUrl()).queryParams(Map.of("u", "admin", "t", subsonicToken, "s", salt, "v", "1.16.1", "c", "test",
                "f", "json")).get("rest/ping").then().statusCode(200)
                .body("subsonic-response.status", equalTo("ok"));
    }

    private Map<String, String> settings(TestDatabase database, Path music) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> settings = new HashMap<>(database.environment());
        settings.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        settings.put("FIDELIO_MUSIC_DIRS", music.toString());
        settings.put("FIDELIO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        settings.put("FIDELIO_AUTH_PASSWORD_KEY", Base64.getEncoder().encodeToString(key));
        settings.put("FIDELIO_AUTH_BCRYPT_COST", "4");
        settings.put("FIDELIO_SCAN_WATCH_QUIET_PERIOD", "PT0.5S");
        settings.put("FIDELIO_UPNP_ANNOUNCE", "scanner");
        return settings;
    }

    /**
     * Each server has a data folder of its own (caches, its lock, its UPnP device id) and a UPnP port of its own; the
     * database and the settings are shared.
     */
    private ServerProcess start(Map<String, String> settings, String name) {
        Map<String, String> env = new HashMap<>(settings);
        env.put("FIDELIO_DATA_DIR", work.resolve(name).toString());
        int upnpPort = ServerProcess.freePort();
        env.put("FIDELIO_UPNP_PORT", String.valueOf(upnpPort));
        ServerProcess server = ServerProcess.start(env, work).awaitHealthy();
        upnpPorts.put(server, upnpPort);
        return server;
    }

    /** Whether the server's UPnP port takes connections (descriptions, control, events): only while it announces. */
    private boolean upnpAnswers(ServerProcess server) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upnpPorts.get(server)), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeTracks(Path music, int from, int count) throws IOException {
        for (int i = from; i < from + count; i++) {
            Path album = Files.createDirectories(music.resolve("Artist %02d/Album %03d".formatted(i / TRACKS_PER_ARTIST,
                    i / TRACKS_PER_ALBUM)));
            TinyFlac.write(album.resolve("%02d Track %04d.flac".formatted(i % TRACKS_PER_ALBUM + 1, i)), Map.of(
                    "ARTIST", List.of("Artist %02d".formatted(i / TRACKS_PER_ARTIST)),
                    "ALBUM", List.of("Album %03d".formatted(i / TRACKS_PER_ALBUM)),
                    "TITLE", List.of("Track %04d".formatted(i)),
                    "TRACKNUMBER", List.of(String.valueOf(i % TRACKS_PER_ALBUM + 1))), i);
        }
    }

    private static String login(ServerProcess server) {
        return given().baseUri(server.baseUrl()).contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", ADMIN_PASSWORD)).post("api/auth/login")
                .then().statusCode(200).extract().path("token");
    }

    private static long graphQlTrackCount(ServerProcess server, String token) {
        return new BigInteger(graphQl(server, token, "{ tracks(first: 1) { totalCount } }").getString("data.tracks.totalCount"))
                .longValue();
    }

    private static JsonPath graphQl(ServerProcess server, String token, String query) {
        JsonPath answer = given().baseUri(server.baseUrl()).contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", query)).post("graphql").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer;
    }

    /** The servers work in the background; wait (boundedly) for what they should have done. */
    private static void awaitCount(TestDatabase database, String sql, long expected) {
        Eventually.until(sql + " = " + expected, () -> single(database, sql) == expected);
    }

    private static long single(TestDatabase database, String sql) {
        return Long.parseLong(column(database, sql).get(0));
    }

    private static String text(TestDatabase database, String sql) {
        return column(database, sql).get(0);
    }

    private static List<String> column(TestDatabase database, String sql) {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
