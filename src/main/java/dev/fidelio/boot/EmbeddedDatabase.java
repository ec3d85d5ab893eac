package dev.fidelio.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL cluster that Fidelio runs itself when no external database is configured.
 *
 * <p>Everything lives under one folder of the data directory: the binaries, the cluster and its credentials.
 * The cluster listens on 127.0.0.1 only, requires a password even there, and keeps PostgreSQL's durability
 * guarantees (fsync, synchronous commit) that the embedding library turns off for its usual test use.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Major version of the bundled binaries; a cluster made by another major version cannot be opened by them. */
    static final String MAJOR_VERSION = "17";
    static final String DATABASE = "fidelio";
    static final String ROLE = "fidelio";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts (creating on first use) the cluster kept in {@code root}. */
    public static EmbeddedDatabase start(Path root) {
        Path cluster = root.resolve("cluster");
        Path secretFile = root.resolve("password");
        try {
            Files.createDirectories(root);
            boolean initialized = Files.exists(cluster.resolve("PG_VERSION"));
            if (initialized) {
                checkMajorVersion(cluster);
                stopOrphanedServer(cluster);
            }
            String password = initialized ? readSecret(secretFile, cluster) : writeSecret(secretFile);
            EmbeddedPostgres postgres = builder(root, cluster, secretFile, password).start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
            database.ensureApplicationDatabase();
            return database;
        } catch (StartupException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new StartupException("The embedded PostgreSQL in " + cluster + " could not be started: " + rootMessage(e), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public String username() {
        return ROLE;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path root, Path cluster, Path secretFile, String password) {
        // The library sweeps stale clusters from its scratch folder, so that folder must never hold ours.
        System.setProperty("ot.epg.working-dir", root.resolve("scratch").toString());
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(root.resolve("binaries").toFile())
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // PostgreSQL's own messages go to its log file, not the server's console.
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(root.resolve("server.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(root.resolve("server.log").toFile()))
                .setLocaleConfig("pwfile", secretFile.toString())
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setConnectConfig("password", password);
    }

    private void ensureApplicationDatabase() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                // A role without superuser rights: the server needs no more, and a bug cannot reach the host through SQL.
                s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + password + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            return ps.executeQuery().next();
        }
    }

    private static void checkMajorVersion(Path cluster) throws IOException {
        String version = Files.readString(cluster.resolve("PG_VERSION")).trim();
        if (!version.equals(MAJOR_VERSION)) {
            throw new StartupException("The embedded database in " + cluster + " was made by PostgreSQL " + version
                    + ", but this Fidelio runs PostgreSQL " + MAJOR_VERSION
                    + ". Export it with pg_dump from PostgreSQL " + version + " and import it into a new cluster.");
        }
    }

    /**
     * A server killed without a clean stop leaves its PostgreSQL running. The data folder lock guarantees that no
     * live Fidelio owns it, so it is ours to stop before starting afresh.
     */
    private static void stopOrphanedServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        Optional<ProcessHandle> orphan;
        try {
            orphan = ProcessHandle.of(Long.parseLong(firstLine));
        } catch (NumberFormatException e) {
            return;
        }
        orphan.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false))
                .ifPresent(EmbeddedDatabase::terminate);
    }

    private static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StartupException("A PostgreSQL server left running from an earlier start (pid " + process.pid()
                    + ") did not stop; stop it and start Fidelio again.");
        }
    }

    private static String writeSecret(Path secretFile) throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.deleteIfExists(secretFile);
        Files.createFile(secretFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secretFile, secret, StandardCharsets.UTF_8);
        return secret;
    }

    private static String readSecret(Path secretFile, Path cluster) throws IOException {
        if (!Files.exists(secretFile)) {
            throw new StartupException("The password of the embedded database is missing (" + secretFile
                    + "); restore it from a backup of the data folder, or move " + cluster + " away to start empty.");
        }
        return Files.readString(secretFile, StandardCharsets.UTF_8).trim();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
