package dev.fidelio.index;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.ScanRun;

/** The scan_run rows: one per scan from the moment it is asked for, written as it goes, read by whoever shows progress. */
@ApplicationScoped
public class ScanRuns {

    @Transactional
    ScanRun queue(ScanKind kind) {
        ScanRun run = new ScanRun();
        run.kind = kind.id();
        run.phase = ScanPhase.QUEUED.id();
        run.queuedAt = OffsetDateTime.now(ZoneOffset.UTC);
        run.persist();
        return run;
    }

    @Transactional
    ScanProgress begin(long id) {
        ScanRun run = ScanRun.findById(id);
        run.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        run.phase = ScanPhase.STARTING.id();
        return new ScanProgress(id, ScanKind.valueOf(run.kind.toUpperCase(java.util.Locale.ROOT)), run.queuedAt.toInstant(),
                run.startedAt.toInstant());
    }

    @Transactional
    void save(ScanProgress progress) {
        ScanRun run = ScanRun.findById(progress.runId);
        run.phase = progress.phase.id();
        run.filesSeen = progress.filesSeen;
        run.filesDone = progress.filesDone;
        run.added = progress.added;
        run.updated = progress.updated;
        run.moved = progress.moved;
        run.removed = progress.removed;
        run.problems = progress.problems;
        run.error = progress.error;
        run.finishedAt = progress.finishedAt == null ? null : progress.finishedAt.atOffset(ZoneOffset.UTC);
    }

    /** Scans that will not run: asked for while the server was stopping. */
    @Transactional
    void cancel(Collection<Long> queued) {
        if (!queued.isEmpty()) {
            ScanRun.update("phase = ?1, finishedAt = ?2 where id in ?3 and finishedAt is null", ScanPhase.CANCELLED.id(),
                    OffsetDateTime.now(ZoneOffset.UTC), queued);
        }
    }

    /**
     * At start-up, before any scan of this server: rows a server left unfinished when it was killed are ended, so
     * nobody waits for them.
     */
    @Transactional
    void endAbandoned() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ScanRun.update("phase = ?1, finishedAt = ?2 where finishedAt is null and phase = ?3", ScanPhase.CANCELLED.id(), now,
                ScanPhase.QUEUED.id());
        ScanRun.update("phase = ?1, finishedAt = ?2, error = ?3 where finishedAt is null", ScanPhase.FAILED.id(), now,
                "The server stopped during this scan.");
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
}
