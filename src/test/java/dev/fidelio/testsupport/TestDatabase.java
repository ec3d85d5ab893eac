package dev.fidelio.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.fidelio.boot.EmbeddedDatabase;

/**
 * A fresh, empty PostgreSQL database for one test run: a new database on the server named by
 * {@code FIDELIO_TEST_JDBC_URL} (whose user needs CREATEDB), or else a throw-away embedded cluster.
 * Nothing a test does can touch a database it did not create.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "FIDELIO_TEST_JDBC_URL";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String url;
    private final String username;
    private final String password;
    private final AutoCloseable cleanup;

    private TestDatabase(String url, String username, String password, AutoCloseable cleanup) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.cleanup = cleanup;
    }

    public static TestDatabase create() {
        String external = System.getenv(URL_VARIABLE);
        return external == null || external.isBlank() ? embedded() : onServer(external);
    }

    public static boolean isExternal() {
        String external = System.getenv(URL_VARIABLE);
        return external != null && !external.isBlank();
    }

    private static TestDatabase embedded() {
        try {
            Path root = Files.createTempDirectory("fidelio-test-db");
            EmbeddedDatabase db = EmbeddedDatabase.start(root);
            return new TestDatabase(db.jdbcUrl(), db.username(), db.password(), () -> {
                db.close();
                TestFiles.deleteTree(root);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDatabase onServer(String serverUrl) {
        String user = System.getenv("FIDELIO_TEST_JDBC_USERNAME");
        String pass = System.getenv("FIDELIO_TEST_JDBC_PASSWORD");
        String name = "fidelio_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(serverUrl, user, pass, "DROP DATABASE IF EXISTS " + name);
        execute(serverUrl, user, pass, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        String url = replaceDatabase(serverUrl, name);
        return new TestDatabase(url, user, pass, () -> drop(serverUrl, user, pass, name));
    }

    /**
     * Ends the test's own leftover sessions, then drops. Not {@code WITH (FORCE)}: that also insists on terminating
     * any autovacuum worker busy in the database, which a role without pg_signal_backend may not do, whereas a plain
     * drop asks autovacuum to step aside.
     */
    private static void drop(String serverUrl, String user, String pass, String name) {
        execute(serverUrl, user, pass, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = '" + name + "' AND usename = current_user AND pid <> pg_backend_pid()");
        execute(serverUrl, user, pass, "DROP DATABASE IF EXISTS " + name);
    }

    /** jdbc:postgresql://host:port/db?params with the database part replaced. */
    static String replaceDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int slash = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        String params = query < 0 ? "" : url.substring(query);
        String host = url.substring(0, slash < 0 ? (query < 0 ? url.length() : query) : slash);
        return host + "/" + database + params;
    }

    private static void execute(String url, String user, String pass, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, pass); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed (" + sql + "): " + e.getMessage(), e);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    public String url() {
        return url;
    }

    /** The datasource settings, as Quarkus properties. */
    public Map<String, String> quarkusProperties() {
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", username == null ? "" : username,
                "quarkus.datasource.password", password == null ? "" : password);
    }

    /** The datasource settings, as environment variables for a server process. */
    public Map<String, String> environment() {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", username == null ? "" : username,
                "QUARKUS_DATASOURCE_PASSWORD", password == null ? "" : password);
    }

    @Override
    public void close() throws Exception {
        cleanup.close();
    }
}
