package dev.fidelio.boot;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Fidelio: checks the settings, locks the data folder, brings up the embedded PostgreSQL when no external
 * database is configured, then boots Quarkus. Problems the operator can fix end in one line on stderr and exit
 * status 2. The embedded database is stopped only after the server has let go of it.
 */
@QuarkusMain
public final class FidelioMain {

    static final int EXIT_BAD_SETUP = 2;
    private static final long RELEASE_TIMEOUT_SECONDS = 60;
    /** Held so that the level set on it is not lost to garbage collection of the logger. */
    private static final Logger QUIET_UNTIL_CONFIGURED = Logger.getLogger("");

    FidelioMain() {
    }

    public static void main(String... args) {
        // Until Quarkus configures logging, libraries would print their start-up chatter; only warnings matter here.
        QUIET_UNTIL_CONFIGURED.setLevel(Level.WARNING);
        int status;
        try {
            status = launch(args);
        } catch (StartupException e) {
            System.err.println("fidelio: " + e.getMessage());
            status = EXIT_BAD_SETUP;
        } catch (Exception e) {
            System.err.println("fidelio: " + EmbeddedDatabase.rootMessage(e));
            status = 1;
        }
        System.exit(status);
    }

    private static int launch(String... args) throws Exception {
        LaunchSettings settings = LaunchSettings.load();
        Preflight.checkPortFree(settings.httpHost(), settings.httpPort());
        CountDownLatch released = new CountDownLatch(1);
        // On SIGTERM the JVM ends once its shutdown hooks return; this one holds it until the database has stopped.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitQuietly(released), "fidelio-release-data"));
        try (DataDirectory data = DataDirectory.open(settings.fidelio().dataDir());
                AutoCloseable database = openDatabase(settings, data)) {
            return runServer(args);
        } finally {
            released.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch released) {
        try {
            released.await(RELEASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static AutoCloseable openDatabase(LaunchSettings settings, DataDirectory data) {
        if (settings.externalDatabase().isPresent()) {
            LaunchSettings.ExternalDatabase external = settings.externalDatabase().get();
            Preflight.checkExternalDatabase(external.url(), external.username(), external.password());
            return () -> {
            };
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(data.embeddedDatabase());
        // System properties outrank application.properties, so the datasource sees the cluster just started.
        System.setProperty("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
        System.setProperty("quarkus.datasource.username", embedded.username());
        System.setProperty("quarkus.datasource.password", embedded.password());
        return embedded;
    }

    private static int runServer(String... args) {
        AtomicInteger status = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Quarkus.run(FidelioApplication.class, (code, error) -> {
            status.set(code);
            failure.set(error);
        }, args);
        if (failure.get() != null) {
            throw new StartupException(StartupFailure.describe(failure.get()));
        }
        return status.get();
    }
}
