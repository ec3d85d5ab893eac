package dev.fidelio.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Browses the library the way the APIs do (a page of albums, one album's tracks, one folder's contents) against the
 * server's embedded database while a scan writes to it, and keeps each round's latency. Until the browsing APIs
 * exist, this is the part of a browse request that a scan can slow down.
 */
final class BrowseProbe implements AutoCloseable {

    private static final long PAUSE_MILLIS = 50;
    private static final int MAX_ROUNDS = 100_000;

    private final Connection connection;
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;

    private BrowseProbe(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::loop, "browse-probe");
    }

    /** Connects to the embedded cluster of the server whose data folder is {@code dataDir}, and starts browsing. */
    static BrowseProbe start(Path dataDir) throws IOException, SQLException {
        BrowseProbe probe = new BrowseProbe(ServerDatabase.connect(dataDir));
        probe.thread.start();
        return probe;
    }

    private void loop() {
        try {
            for (int round = 0; running && round < MAX_ROUNDS; round++) {
                long start = System.nanoTime();
                browseOnce();
                millis.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failure = e;
        }
    }

    private void browseOnce() throws SQLException {
        int offset = ThreadLocalRandom.current().nextInt(0, 1000);
        UUID album = firstId("SELECT id, title, artist_display, year FROM album ORDER BY title_sort, id LIMIT 50 OFFSET " + offset);
        if (album != null) {
            query("SELECT id, title, disc_number, track_number, duration_seconds, format, sample_rate FROM track "
                    + "WHERE album_id = '" + album + "' ORDER BY disc_number, track_number");
        }
        UUID folder = firstId("SELECT id FROM folder ORDER BY random() LIMIT 1");
        if (folder != null) {
            query("SELECT id, name FROM folder WHERE parent_id = '" + folder + "' ORDER BY lower(name)");
            query("SELECT id, relative_path FROM track WHERE folder_id = '" + folder + "' ORDER BY relative_path");
        }
    }

    private UUID firstId(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            UUID first = null;
            while (rs.next()) {
                first = first == null ? rs.getObject(1, UUID.class) : first;
            }
            return first;
        }
    }

    private void query(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    /** "p50 / p99 / max" in milliseconds over the rounds so far. */
    String summary() {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (failure != null) {
            throw new IllegalStateException("Browsing failed during the scan", failure);
        }
        if (sorted.isEmpty()) {
            return "n/a";
        }
        return Latencies.summary(sorted) + " (" + sorted.size() + " rounds)";
    }

    @Override
    public void close() throws SQLException {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
