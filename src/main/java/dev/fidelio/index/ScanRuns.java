package dev.fidelio.index;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.ScanRun;

/** The scan_run rows: written as a scan goes, read by whoever shows progress. */
@ApplicationScoped
public class ScanRuns {

    /** Counts gathered while a scan runs; saved to its row now and then. */
    static final class Progress {
        int filesSeen;
        int filesDone;
        int added;
        int updated;
        int moved;
        int removed;
        int problems;
    }

    @Transactional
    public long create(ScanKind kind) {
        ScanRun run = new ScanRun();
        run.kind = kind.id();
        run.phase = "starting";
        run.persist();
        return run.id;
    }

    @Transactional
    void update(long id, String phase, Progress progress) {
        ScanRun run = ScanRun.findById(id);
        run.phase = phase;
        run.filesSeen = progress.filesSeen;
        run.filesDone = progress.filesDone;
        run.added = progress.added;
        run.updated = progress.updated;
        run.moved = progress.moved;
        run.removed = progress.removed;
        run.problems = progress.problems;
    }

    @Transactional
    void finish(long id, Progress progress, String error) {
        update(id, error == null ? "finished" : "failed", progress);
        ScanRun run = ScanRun.findById(id);
        run.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        run.error = error;
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
