package dev.fidelio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A connection to the embedded PostgreSQL of a running server, found through its data folder. */
final class ServerDatabase {

    private ServerDatabase() {
    }

    static Connection connect(Path dataDir) throws IOException, SQLException {
        Path root = dataDir.resolve("postgresql");
        // postmaster.pid: pid, data directory, start time, port, ...
        String port = Files.readAllLines(root.resolve("cluster/postmaster.pid")).get(3).strip();
        String password = Files.readString(root.resolve("password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/fidelio", "fidelio", password);
    }
}
