package dev.fidelio.boot;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Checks made before the server boots, so that the commonest mistakes end in one sentence the operator can act on
 * instead of a framework stack trace.
 */
final class Preflight {

    private static final int MINIMUM_POSTGRES_MAJOR = 15;

    private Preflight() {
    }

    static void checkPortFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new StartupException("Port " + port + " on " + host
                    + " is already in use; stop what uses it or choose another with QUARKUS_HTTP_PORT.");
        } catch (IOException e) {
            throw new StartupException("Cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (QUARKUS_HTTP_HOST, QUARKUS_HTTP_PORT).");
        }
    }

    static void checkExternalDatabase(String url, String user, String password) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        props.setProperty("loginTimeout", "15");
        try (Connection c = DriverManager.getConnection(url, props)) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            if (major < MINIMUM_POSTGRES_MAJOR) {
                throw new StartupException("The database at " + redact(url) + " runs PostgreSQL " + major
                        + "; Fidelio needs " + MINIMUM_POSTGRES_MAJOR + " or newer.");
            }
        } catch (SQLException e) {
            throw new StartupException("Cannot connect to the database at " + redact(url) + ": "
                    + firstLine(EmbeddedDatabase.rootMessage(e)) + " (QUARKUS_DATASOURCE_JDBC_URL).");
        }
    }

    /** A JDBC URL may carry a password in its parameters; messages show only where it points. */
    static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
