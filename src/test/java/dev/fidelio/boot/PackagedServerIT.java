package dev.fidelio.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestDatabase;
import dev.fidelio.testsupport.TestFiles;

/** The packaged server as an operator runs it: start-up, restarts, crashes and mistakes in its settings. */
class PackagedServerIT {

    private static final Pattern GENERATED_PASSWORD = Pattern.compile("generated password: (\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void startsWithNoSettingsOnItsOwnDatabaseAndKeepsDataAcrossRestarts() throws Exception {
        Path home = work.resolve("home");
        Map<String, String> noSettings = Map.of("HOME", home.toString());
        String adminPassword;
        try (ServerProcess server = ServerProcess.start(noSettings, home).awaitHealthy()) {
            Matcher m = GENERATED_PASSWORD.matcher(server.output());
            assertThat(m.find()).as("the generated admin password is printed:\n" + server.output()).isTrue();
            adminPassword = m.group(1);
            assertThat(server.output()).contains("Fidelio is ready at http://localhost:" + server.port() + "/");
            assertThat(server.output()).contains("Music folder " + home.resolve("Music") + " is missing");
            String admin = login(server, "admin", adminPassword);
            assertThat(post(server, "api/users", admin, "{\"username\":\"kim\",\"password\":\"kim-password-1\"}").statusCode())
                    .isEqualTo(201);
            assertThat(server.stop()).as("a clean stop").isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
        }
        Path cluster = home.resolve(".local/share/fidelio/postgresql/cluster");
        assertThat(cluster.resolve("PG_VERSION")).exists();
        assertThat(cluster.resolve("postmaster.pid")).as("PostgreSQL was stopped with the server").doesNotExist();

        try (ServerProcess server = ServerProcess.start(noSettings, home).awaitHealthy()) {
            assertThat(server.output()).doesNotContain("generated password");
            login(server, "kim", "kim-password-1");
            login(server, "admin", adminPassword);
            // A crash leaves PostgreSQL running; the next start must take over the cluster.
            server.kill();
        }
        try (ServerProcess server = ServerProcess.start(noSettings, home).awaitHealthy()) {
            login(server, "kim", "kim-password-1");
            assertThat(server.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
        }
    }

    @Test
    void embeddedDatabaseIsDurableAndPrivate() throws Exception {
        Path dataDir = work.resolve("data");
        try (ServerProcess server = ServerProcess.start(Map.of("FIDELIO_DATA_DIR", dataDir.toString()), work).awaitHealthy()) {
            Path passwordFile = dataDir.resolve("postgresql/password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            String url = jdbcUrlFromLog(server.output());
            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
            try (Connection c = DriverManager.getConnection(url, "fidelio", Files.readString(passwordFile).trim());
                    Statement s = c.createStatement()) {
                assertThat(show(s, "fsync")).isEqualTo("on");
                assertThat(show(s, "synchronous_commit")).isEqualTo("on");
                assertThat(show(s, "listen_addresses")).isEqualTo("127.0.0.1");
                try (ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("the server's role is no superuser").isFalse();
                }
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "fidelio", "wrong-password"))
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThat(server.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
        }
    }

    @Test
    void offlineMusicFolderKeepsItsTracks() throws Exception {
        Path music = Files.createDirectories(work.resolve("music"));
        Path album = TestFiles.sampleLibrary().resolve("Kofi Mensah & The Accra Strings/Highlife Sessions");
        Files.copy(album.resolve("02 Kumasi Road.flac"), music.resolve("02 Kumasi Road.flac"));
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("FIDELIO_DATA_DIR", work.resolve("data").toString());
            env.put("FIDELIO_MUSIC_DIRS", music.toString());
            try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
                awaitCount(database, "SELECT count(*) FROM track", 1);
                assertThat(server.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
            }
            Path unmounted = Files.move(music, work.resolve("music-unmounted"));

            try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
                assertThat(server.output()).contains("Music folder " + music + " is missing; its tracks are kept");
                assertThat(get(server, "q/health").body()).containsPattern(folderStatus(music, "missing"));
                assertThat(server.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
            }
            assertThat(count(database, "SELECT count(*) FROM track")).isEqualTo(1);
            assertThat(count(database, "SELECT count(*) FROM library_problem WHERE kind = 'folder-offline' AND path = '" + music + "'"))
                    .isEqualTo(1);

            Files.move(unmounted, music);
            try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
                assertThat(get(server, "q/health").body()).containsPattern(folderStatus(music, "online"));
                assertThat(server.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
            }
            assertThat(count(database, "SELECT count(*) FROM track")).isEqualTo(1);
            assertThat(count(database, "SELECT count(*) FROM library_problem")).isZero();
        }
    }

    @Test
    void startsAgainstAnExternalDatabaseWithoutStartingItsOwn() throws Exception {
        Path dataDir = work.resolve("data");
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("FIDELIO_DATA_DIR", dataDir.toString());
            env.put("FIDELIO_ADMIN_PASSWORD", "external-admin-1");
            try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
                login(server, "admin", "external-admin-1");
                assertThat(server.output()).doesNotContain("generated password");
                assertThat(server.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
            }
            assertThat(dataDir.resolve("postgresql")).doesNotExist();
            try (Connection c = database.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM app_user")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void unreachableDatabaseIsOneClearLine() {
        int closedPort = ServerProcess.freePort();
        assertRefusedWithOneLine(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/fidelio?password=s3cret"),
                "Cannot connect to the database at jdbc:postgresql://127.0.0.1:" + closedPort + "/fidelio");
    }

    @Test
    void portInUseIsOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertRefusedWithOneLine(Map.of("QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT", String.valueOf(taken.getLocalPort())),
                    "Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void invalidValuesAreOneClearLine() {
        assertRefusedWithOneLine(Map.of("QUARKUS_HTTP_PORT", "forty-seven"),
                "Invalid value \"forty-seven\" for quarkus.http.port (QUARKUS_HTTP_PORT)");
        assertRefusedWithOneLine(Map.of("FIDELIO_AUTH_BCRYPT_COST", "lots"),
                "Invalid value \"lots\" for fidelio.auth.bcrypt-cost (FIDELIO_AUTH_BCRYPT_COST)");
        // Caught by the framework itself, after the embedded database has started: still one line, and no orphan.
        assertRefusedWithOneLine(Map.of("QUARKUS_LOG_LEVEL", "LOUD"),
                "Invalid value \"LOUD\" for quarkus.log.level (QUARKUS_LOG_LEVEL)");
        assertThat(work.resolve("data/postgresql/cluster/postmaster.pid")).doesNotExist();
    }

    @Test
    void aSecondServerOnTheSameDataFolderIsRefused() {
        Map<String, String> env = Map.of("FIDELIO_DATA_DIR", work.resolve("data").toString());
        try (ServerProcess first = ServerProcess.start(env, work).awaitHealthy()) {
            ServerProcess second = ServerProcess.start(env, work);
            assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(second.output()).contains("Another Fidelio server is already using the data folder");
            assertThat(first.stop()).isEqualTo(ServerProcess.STOPPED_BY_SIGTERM);
        }
    }

    private void assertRefusedWithOneLine(Map<String, String> settings, String expected) {
        Map<String, String> env = new HashMap<>(settings);
        env.putIfAbsent("FIDELIO_DATA_DIR", work.resolve("data").toString());
        try (ServerProcess server = ServerProcess.start(env, work)) {
            assertThat(server.awaitExit(Duration.ofSeconds(90))).as(server.output()).isEqualTo(2);
            List<String> lines = server.outputLines();
            assertThat(lines).as("exactly one line of output").hasSize(1);
            assertThat(lines.get(0)).startsWith("fidelio: ").contains(expected).doesNotContain("s3cret");
        }
    }

    private static String login(ServerProcess server, String user, String password) throws Exception {
        HttpResponse<String> response = post(server, "api/auth/login", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> post(ServerProcess server, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(ServerProcess server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Pattern folderStatus(Path folder, String status) {
        return Pattern.compile(Pattern.quote("\"" + folder + "\"") + "\\s*:\\s*\"" + status + "\"");
    }

    /** The server indexes in the background after it is up; wait (boundedly) for what it should have done. */
    private static void awaitCount(TestDatabase database, String sql, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count(database, sql) != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count(database, sql)).isEqualTo(expected);
    }

    private static int count(TestDatabase database, String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String jdbcUrlFromLog(String output) {
        Matcher m = Pattern.compile("Database: (jdbc:postgresql://\\S+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
