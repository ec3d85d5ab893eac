package dev.fidelio.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's name among the servers that share one database, as {@code host:port}, for the operator to tell them
 * apart (which one ran a scan). Read without a name lookup, so that a host the network does not know starts as fast.
 */
@Singleton
public class NodeName {

    private final String value;

    NodeName(@ConfigProperty(name = "quarkus.http.port") int port) {
        this.value = hostName() + ":" + port;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Containers and Kubernetes set HOSTNAME to the container's or pod's name; service managers usually do not. */
    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
