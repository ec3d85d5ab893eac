package dev.fidelio.index;

import java.time.Duration;
import java.time.Instant;

import dev.fidelio.library.ScanRun;

/**
 * One scan as it is at one moment: what it is doing, in which music folder, how far it has come. Times are null
 * until they happen; {@code folder} is set only while the scan works in one.
 */
public record ScanStatus(long runId, ScanKind kind, ScanPhase phase, String folder, Instant queuedAt, Instant startedAt,
        Instant finishedAt, int filesSeen, int filesDone, int added, int updated, int moved, int removed, int problems,
        double filesPerSecond, String error) {

    /** Started and not yet ended. */
    public boolean running() {
        return phase != ScanPhase.QUEUED && !phase.ended();
    }

    static ScanStatus of(ScanRun run) {
        Instant started = run.startedAt == null ? null : run.startedAt.toInstant();
        Instant finished = run.finishedAt == null ? null : run.finishedAt.toInstant();
        return new ScanStatus(run.id, ScanKind.valueOf(run.kind.toUpperCase(java.util.Locale.ROOT)), ScanPhase.fromId(run.phase),
                null, run.queuedAt.toInstant(), started, finished, run.filesSeen, run.filesDone, run.added, run.updated,
                run.moved, run.removed, run.problems, rate(run.filesDone, started, finished == null ? Instant.now() : finished),
                run.error);
    }

    /** Files read per second between two moments; 0 before there is anything to divide. */
    static double rate(int files, Instant from, Instant to) {
        if (from == null || files == 0) {
            return 0;
        }
        double seconds = Duration.between(from, to).toNanos() / 1e9;
        return seconds <= 0 ? 0 : files / seconds;
    }
}
