package dev.fidelio.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The counts of the scan that runs, kept by the scan's own thread; others see its {@link #snapshot() snapshots}. */
final class ScanProgress {

    final long runId;
    final ScanKind kind;
    /** The folders it covers; null: those configured. */
    final List<Path> musicDirs;
    final Instant queuedAt;
    final Instant startedAt;
    ScanPhase phase = ScanPhase.STARTING;
    String folder;
    Instant finishedAt;
    String error;
    int filesSeen;
    int filesDone;
    int added;
    int updated;
    int moved;
    int removed;
    int problems;

    /**
     * Whether this scan changed so much of what it saw that the database's statistics no longer describe the library:
     * autovacuum's rule (50 rows and a tenth), applied at once instead of at its next round, which may come a minute
     * later; until then a query planned for a small library may run for seconds on a large one.
     */
    boolean outdatesStatistics() {
        return added + updated + moved + removed > 50 + filesSeen / 10;
    }

    ScanProgress(long runId, ScanKind kind, List<Path> musicDirs, Instant queuedAt, Instant startedAt) {
        this.runId = runId;
        this.kind = kind;
        this.musicDirs = musicDirs;
        this.queuedAt = queuedAt;
        this.startedAt = startedAt;
    }

    /** Now in {@code phase}, working in {@code folder} (null: in none). */
    void enter(ScanPhase next, String inFolder) {
        phase = next;
        folder = inFolder;
    }

    void end(String failure) {
        enter(failure == null ? ScanPhase.FINISHED : ScanPhase.FAILED, null);
        error = failure;
        finishedAt = Instant.now();
    }

    ScanStatus snapshot() {
        return new ScanStatus(runId, kind, phase, folder, queuedAt, startedAt, finishedAt, filesSeen, filesDone, added, updated,
                moved, removed, problems, ScanStatus.rate(filesDone, startedAt, finishedAt == null ? Instant.now() : finishedAt),
                error);
    }
}
