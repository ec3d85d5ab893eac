package dev.fidelio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;

/** A connection to the embedded PostgreSQL of a running server, found through its data folder. */
final class ServerDatabase {

    private ServerDatabase() {
    }

    static Connection connect(Path dataDir) throws IOException, SQLException {
        Path root = dataDir.resolve("postgresql");
        // postmaster.pid: pid, data directory, start time, port, ...
        String port = Files.readAllLines(root.resolve("cluster/postmaster.pid")).get(3).strip();
        String password = Files.readString(root.resolve("password")).strip();
        Properties login = new Properties();
        login.setProperty("user", "fidelio");
        login.setProperty("password", password);
        // Not through DriverManager: under exec:java the driver sits in a class loader DriverManager does not search.
        return new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/fidelio", login);
    }
}
