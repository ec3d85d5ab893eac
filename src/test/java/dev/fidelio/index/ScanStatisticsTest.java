package dev.fidelio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.fidelio.bench.BenchCorpus;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A scan that changes much of what it saw brings the planner's statistics up to date before it reports its end, so
 * the first queries after it are not planned for the library as it was (autovacuum would only get to it within a
 * minute or so, and records its own runs apart: {@code last_autoanalyze}).
 */
@QuarkusTest
class ScanStatisticsTest {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @Inject
    DataSource dataSource;

    @Test
    void aScanAddingManyTracksAnalyzesTheLibraryTables() throws Exception {
        Path scratch = Files.createTempDirectory("fidelio-scratch-statistics");
        Path music = BenchCorpus.write(scratch.resolve("music"), 200);
        Instant before = lastAnalyzed("track").orElse(Instant.EPOCH);
        try {
            ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, music);
            for (String table : new String[] { "track", "track_credit", "album" }) {
                // The statistics views are written a moment after the statement: waited for, not assumed.
                Eventually.until(table + " analyzed by the scan", () -> lastAnalyzed(table).filter(at -> at.isAfter(before)).isPresent());
            }
        } finally {
            ScratchAlbum.forget(store, ScratchAlbum.tracksIn(music), scratch);
        }
    }

    private Optional<Instant> lastAnalyzed(String table) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("statistics of " + table).isTrue();
                return Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
