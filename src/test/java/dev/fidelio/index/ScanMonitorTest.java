package dev.fidelio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.ScanRun;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.Cancellable;

/** The live status of scans, their queue, and the streams of progress and problems, during real scans. */
@QuarkusTest
class ScanMonitorTest {

    private static final String ALBUM = "Kofi Mensah & The Accra Strings/Highlife Sessions";

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    ScanMonitor monitor;

    @Inject
    LibraryStore store;

    @Inject
    DataSource dataSource;

    private final List<Path> scratches = new ArrayList<>();

    @AfterEach
    void forgetTheScratchFolders() {
        Scans.awaitIdle(scanner, runs);
        scratches.forEach(scratch -> ScratchAlbum.forget(store, tracks(scratch), scratch));
    }

    @Test
    void aScanAskedForWhileAnotherRunsIsQueuedAndIsTheOneReturned() throws Exception {
        Path busy = scratch();
        Path next = scratch();
        Path later = scratch();
        assertThat(scan(ScanKind.QUICK, busy).added).isEqualTo(5);

        long running;
        long queued;
        long full;
        try (RowLock lock = lockATrackOf(busy)) {
            // The full scan reads the five files again and then waits to store them: the test holds one of their rows.
            running = scanner.start(ScanKind.FULL, List.of(busy));
            ScanStatus stuck = Eventually.value("the full scan reading", () -> monitor.status(running)
                    .filter(s -> s.phase() == ScanPhase.READING && s.filesDone() == 5));
            assertThat(stuck.running()).isTrue();
            assertThat(stuck.folder()).isEqualTo(busy.toString());
            assertThat(stuck.filesSeen()).isEqualTo(5);
            assertThat(stuck.startedAt()).isNotNull();
            assertThat(monitor.current()).get().extracting(ScanStatus::runId).isEqualTo(running);

            queued = scanner.start(ScanKind.QUICK, List.of(next));
            assertThat(queued).as("the caller gets its own scan, not the one running").isNotEqualTo(running);
            assertThat(monitor.status(queued)).get().satisfies(s -> {
                assertThat(s.phase()).isEqualTo(ScanPhase.QUEUED);
                assertThat(s.running()).isFalse();
                assertThat(s.startedAt()).isNull();
                assertThat(s.queuedAt()).isNotNull();
            });
            assertThat(scanner.start(ScanKind.QUICK, List.of(next))).as("the same scan, still waiting, does it").isEqualTo(queued);
            full = scanner.start(ScanKind.FULL, List.of(later));
            assertThat(full).isNotIn(running, queued);
            assertThat(scanner.start(ScanKind.QUICK, List.of(later))).as("a waiting full scan does what a quick one would")
                    .isEqualTo(full);
            assertThat(monitor.status(running)).get().extracting(ScanStatus::phase).isEqualTo(ScanPhase.READING);
        }

        assertThat(Scans.await(runs, running).updated).isEqualTo(5);
        ScanRun second = Scans.await(runs, queued);
        assertThat(second.kind).isEqualTo("quick");
        assertThat(second.added).as("the queued scan scanned the folder it was asked for").isEqualTo(5);
        assertThat(second.startedAt).isAfterOrEqualTo(runs.get(running).orElseThrow().finishedAt);
        ScanRun third = Scans.await(runs, full);
        assertThat(third.kind).isEqualTo("full");
        assertThat(third.added).isEqualTo(5);
        assertThat(tracks(next)).hasSize(5);
        assertThat(tracks(later)).hasSize(5);
    }

    @Test
    void aRealScanSendsItsProgressAndEachProblem() throws IOException {
        Path scratch = scratch();
        Path broken = Files.write(scratch.resolve("Highlife/99 Broken.flac"), new byte[0]);
        AssertSubscriber<ScanStatus> progress = monitor.progress().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<ScanProblem> problems = monitor.problems().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        try {
            long id = scanner.start(ScanKind.QUICK, List.of(scratch));
            ScanRun run = Scans.await(runs, id);
            assertThat(run.added).isEqualTo(5);
            assertThat(run.problems).isEqualTo(1);

            List<ScanStatus> mine = Eventually.value("the last snapshot of the scan", () -> {
                List<ScanStatus> sent = progress.getItems().stream().filter(s -> s.runId() == id).toList();
                return sent.isEmpty() || !sent.get(sent.size() - 1).phase().ended() ? java.util.Optional.empty()
                        : java.util.Optional.of(sent);
            });
            assertThat(mine).extracting(ScanStatus::phase).as("phases in order").isSorted()
                    .contains(ScanPhase.READING).endsWith(ScanPhase.FINISHED);
            assertThat(mine).filteredOn(s -> s.phase() == ScanPhase.READING).allSatisfy(s -> {
                assertThat(s.folder()).isEqualTo(scratch.toString());
                assertThat(s.filesSeen()).isEqualTo(6);
            });
            ScanStatus last = mine.get(mine.size() - 1);
            assertThat(last.filesDone()).isEqualTo(6);
            assertThat(last.added()).isEqualTo(5);
            assertThat(last.problems()).isEqualTo(1);
            assertThat(last.folder()).isNull();
            assertThat(last.finishedAt()).isNotNull();
            assertThat(last.filesPerSecond()).isPositive();
            assertThat(monitor.status(id)).get().satisfies(s -> {
                assertThat(s.phase()).isEqualTo(ScanPhase.FINISHED);
                assertThat(s.filesDone()).isEqualTo(6);
            });

            ScanProblem problem = Eventually.value("the broken file reported", () -> problems.getItems().stream()
                    .filter(p -> p.path().equals(broken.toString())).findFirst());
            assertThat(problem.runId()).isEqualTo(id);
            assertThat(problem.kind()).isEqualTo(ProblemLog.UNREADABLE_FILE);
            assertThat(problem.message()).isNotBlank();
        } finally {
            progress.cancel();
            problems.cancel();
        }
    }

    @Test
    void subscribersThatNeverAskOrNeverReturnDoNotHoldUpAScan() throws IOException {
        Path scratch = scratch();
        // More problems than a subscriber's queue holds.
        for (int i = 0; i < 150; i++) {
            Files.write(scratch.resolve("Highlife/broken " + i + ".flac"), new byte[] { 1 });
        }
        AssertSubscriber<ScanStatus> silentProgress = monitor.progress().subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<ScanProblem> silentProblems = monitor.problems().subscribe().withSubscriber(AssertSubscriber.create(0));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        Multi<ScanProblem> stuck = monitor.problems().onItem().invoke(problem -> {
            taken.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Cancellable stuckSubscription = stuck.subscribe().with(problem -> {
        });
        try {
            ScanRun run = Scans.await(runs, scanner.start(ScanKind.QUICK, List.of(scratch)));
            assertThat(run.problems).isEqualTo(150);
            assertThat(run.added).isEqualTo(5);
            silentProgress.assertHasNotReceivedAnyItem().assertNotTerminated();
            silentProblems.assertHasNotReceivedAnyItem().assertNotTerminated();
            assertThat(taken).hasValue(1);

            // Asking later still works, and ends with how the scan ended.
            silentProgress.request(Long.MAX_VALUE);
            Eventually.until("the scan's end reaching a late reader", () -> silentProgress.getItems().stream()
                    .anyMatch(s -> s.runId() == run.id && s.phase() == ScanPhase.FINISHED));
            silentProblems.request(1).awaitNextItems(1);
        } finally {
            release.countDown();
            silentProgress.cancel();
            silentProblems.cancel();
            stuckSubscription.cancel();
        }
    }

    @Test
    void aScanOfSomeFoldersLeavesTheOtherFoldersAsTheyAre() throws Exception {
        Path first = scratch();
        Path second = scratch();
        scan(ScanKind.QUICK, first);
        scan(ScanKind.QUICK, second);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT path FROM music_folder WHERE configured ORDER BY path")) {
            List<String> configured = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    configured.add(rs.getString(1));
                }
            }
            assertThat(configured).as("the folder scanned first, and the library's own folders, are still configured")
                    .contains(first.toString(), second.toString()).hasSizeGreaterThan(2);
        }
    }

    private Path scratch() throws IOException {
        Path scratch = ScratchAlbum.copy(ALBUM, "Highlife");
        scratches.add(scratch);
        return scratch;
    }

    private ScanRun scan(ScanKind kind, Path scratch) {
        return ScratchAlbum.scan(scanner, runs, kind, scratch);
    }

    /** A row lock held by a transaction of the test's own, outside the server's, until closed. */
    private record RowLock(Connection connection) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private RowLock lockATrackOf(Path scratch) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM track WHERE id = ? FOR UPDATE")) {
            select.setObject(1, tracks(scratch).get(0));
            select.executeQuery().close();
        }
        return new RowLock(connection);
    }

    @Transactional
    List<UUID> tracks(Path scratch) {
        return Track.<Track>list("folder.path", scratch.toString()).stream().map(t -> t.id).toList();
    }
}
