package dev.fidelio.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code target/quarkus-app/quarkus-run.jar}) as a child process, with its own environment,
 * for the tests that must see what an operator sees: start-up, exit status, console output.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    private final String port;

    private ServerProcess(Process process, Path output, String port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /**
     * Starts the server with only the given environment on top of a minimal one (PATH, JAVA_HOME, UPnP on loopback);
     * nothing of the test's own environment leaks in, so that "no settings" means none.
     */
    public static ServerProcess start(Map<String, String> environment, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path output = Files.createTempFile(workDir, "server-", ".log");
            Map<String, String> env = new HashMap<>();
            env.put("PATH", System.getenv("PATH"));
            env.put("HOME", workDir.toString());
            // The one setting always given: a server under test announces UPnP on loopback only, never on the network.
            env.put("FIDELIO_UPNP_INTERFACES", "lo");
            env.putAll(environment);
            String port = env.computeIfAbsent("QUARKUS_HTTP_PORT", k -> String.valueOf(freePort()));
            // user.home comes from the account database, not $HOME: set it too, so that defaults resolve inside the test.
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "@" + jvmOptions(), "-Duser.home=" + env.get("HOME"),
                    "-jar", serverJar().toString())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            return new ServerProcess(builder.start(), output, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options the server ships with, so tests and benchmarks run what users run. */
    private static Path jvmOptions() {
        return Path.of("deploy/jvm.options").toAbsolutePath();
    }

    public static Path serverJar() {
        Path jar = Path.of(System.getProperty("test.server-jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("The packaged server " + jar + " is missing: run these tests with 'verify'.");
        }
        return jar;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for /q/health to answer UP; fails with the server's output if it exits or takes too long. */
    public ServerProcess awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The server exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "q/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("The server did not become healthy in " + START_TIMEOUT + ":\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit status. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The server did not exit within " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Asks the server to stop as an init system would (SIGTERM) and returns its exit status: 143 (128 + SIGTERM) is
     * how the JVM reports a stop it completed in order.
     */
    public int stop() {
        process.destroy();
        return awaitExit(Duration.ofSeconds(60));
    }

    public static final int STOPPED_BY_SIGTERM = 143;

    /** Kills the server without letting it clean up (SIGKILL), as a crash or power cut would. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    public long pid() {
        return process.pid();
    }

    public String port() {
        return port;
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> outputLines() {
        return output().lines().toList();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Stops the server gracefully if a test left it running, so that its embedded PostgreSQL stops too. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
