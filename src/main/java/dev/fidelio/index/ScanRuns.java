package dev.fidelio.index;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.fidelio.library.ScanRun;

/**
 * The scan_run rows: one per scan from the moment it is asked for, written as it goes, read by whoever shows progress.
 * Waiting rows are the queue every server shares: any server adds to it, the scanning one takes from it.
 */
@ApplicationScoped
public class ScanRuns {

    /**
     * A waiting scan that will do all that one of {@code kind} over {@code musicDirs} (null: all music folders) would:
     * one of the same folders or of all of them, which has not listed its folders yet, so it also sees what changed
     * since it was asked for.
     */
    @Transactional
    Optional<Long> waitingCovering(ScanKind kind, List<Path> musicDirs) {
        List<String> kinds = kind == ScanKind.QUICK ? List.of(ScanKind.QUICK.id(), ScanKind.FULL.id()) : List.of(kind.id());
        String[] dirs = paths(musicDirs);
        return ScanRun.<ScanRun>find("phase = ?1 and finishedAt is null and kind in ?2 order by id", ScanPhase.QUEUED.id(), kinds)
                .stream().filter(run -> run.musicDirs == null || Arrays.equals(run.musicDirs, dirs)).map(run -> run.id).findFirst();
    }

    @Transactional
    ScanRun queue(ScanKind kind, List<Path> musicDirs) {
        ScanRun run = new ScanRun();
        run.kind = kind.id();
        run.phase = ScanPhase.QUEUED.id();
        run.queuedAt = OffsetDateTime.now(ZoneOffset.UTC);
        run.musicDirs = paths(musicDirs);
        run.persist();
        return run;
    }

    /** The scan that waited longest, started now by {@code node}; empty when none waits. */
    @Transactional
    Optional<ScanProgress> startNext(String node) {
        return ScanRun.<ScanRun>find("phase = ?1 and finishedAt is null order by id", ScanPhase.QUEUED.id())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(run -> {
                    run.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    run.phase = ScanPhase.STARTING.id();
                    run.node = node;
                    return new ScanProgress(run.id, ScanKind.valueOf(run.kind.toUpperCase(Locale.ROOT)),
                            musicDirs(run), run.queuedAt.toInstant(), run.startedAt.toInstant());
                });
    }

    /**
     * Writes the scan's progress into its row; false when the row was ended meanwhile by another server, which
     * took over scanning from this one: this scan must then stop.
     */
    @Transactional
    boolean save(ScanProgress progress) {
        return ScanRun.update("phase = ?1, filesSeen = ?2, filesDone = ?3, added = ?4, updated = ?5, moved = ?6, removed = ?7,"
                + " problems = ?8, error = ?9, finishedAt = ?10 where id = ?11 and finishedAt is null",
                progress.phase.id(), progress.filesSeen, progress.filesDone, progress.added, progress.updated, progress.moved,
                progress.removed, progress.problems, progress.error,
                progress.finishedAt == null ? null : progress.finishedAt.atOffset(ZoneOffset.UTC), progress.runId) == 1;
    }

    /**
     * Scans started and never ended, by a server that stopped or lost its hold on scanning: each is ended as failed,
     * saying why, and asked for again. Called by the server that has just taken over scanning.
     */
    @Transactional
    void takeOver() {
        ScanRun.<ScanRun>find("startedAt is not null and finishedAt is null order by id").withLock(LockModeType.PESSIMISTIC_WRITE)
                .list().forEach(run -> endAndAskAgain(run,
                        "The server running this scan" + (run.node == null ? "" : " (" + run.node + ")") + " stopped"));
    }

    /** Ends the scan that this server was running as failed because {@code why}, and asks for it again. */
    @Transactional
    void askAgain(long id, String why) {
        ScanRun.<ScanRun>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(run -> run.finishedAt == null)
                .ifPresent(run -> endAndAskAgain(run, why));
    }

    private void endAndAskAgain(ScanRun run, String why) {
        ScanKind kind = ScanKind.valueOf(run.kind.toUpperCase(Locale.ROOT));
        List<Path> dirs = musicDirs(run);
        long again = waitingCovering(kind, dirs).orElseGet(() -> queue(kind, dirs).id);
        run.phase = ScanPhase.FAILED.id();
        run.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        run.error = why + "; scan " + again + " does it again.";
    }

    /** The scan running on any server, else the one that waited longest; empty when the queue is empty. */
    @Transactional
    Optional<Long> unfinished() {
        return ScanRun.<ScanRun>find("finishedAt is null order by startedAt nulls last, id").firstResultOptional().map(run -> run.id);
    }

    /** In a transaction of its own, so that every call sees the row as it is now, not as a session cached it. */
    @Transactional
    public Optional<ScanRun> get(long id) {
        return ScanRun.findByIdOptional(id);
    }

    @Transactional
    public Optional<ScanRun> latest() {
        return ScanRun.find("order by id desc").firstResultOptional();
    }

    private static List<Path> musicDirs(ScanRun run) {
        return run.musicDirs == null ? null : Arrays.stream(run.musicDirs).map(Path::of).toList();
    }

    private static String[] paths(List<Path> musicDirs) {
        return musicDirs == null ? null : musicDirs.stream().map(Path::toString).toArray(String[]::new);
    }
}
