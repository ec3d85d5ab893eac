package dev.fidelio.index;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import dev.fidelio.library.Broadcast;
import io.smallrye.mutiny.Multi;

/**
 * The live view of scans, for every API that shows them: the status of the scan that runs (or of any scan by id),
 * and streams of progress and of problems as they are found. The scan only hands over snapshots; subscribers are
 * served from a queue of their own, so none of them can slow it down.
 */
@ApplicationScoped
public class ScanMonitor {

    /** Progress is sent at most this often, plus at once when a scan changes phase or folder, and when it ends. */
    static final long PROGRESS_INTERVAL_MILLIS = 250;

    private final ScanRuns runs;
    private final Broadcast<ScanStatus> progress = new Broadcast<>();
    private final Broadcast<ScanProblem> problems = new Broadcast<>();
    /** The running scan's latest snapshot; null while none runs. */
    private final AtomicReference<ScanStatus> live = new AtomicReference<>();
    /** A snapshot not yet sent; guarded by this, like every publication of progress, so that none overtakes another. */
    private boolean unsent;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fidelio-scan-progress");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> ticking;

    ScanMonitor(ScanRuns runs) {
        this.runs = runs;
    }

    /** The scan that runs now, else the one that ran (or was asked for) last; empty before the first scan. */
    public Optional<ScanStatus> current() {
        ScanStatus running = live.get();
        return running != null ? Optional.of(running) : runs.latest().map(ScanStatus::of);
    }

    /** Any scan by id: waiting, running (live) or ended. */
    public Optional<ScanStatus> status(long runId) {
        ScanStatus running = live.get();
        return running != null && running.runId() == runId ? Optional.of(running) : runs.get(runId).map(ScanStatus::of);
    }

    /**
     * Snapshots of every scan from now on: when it is queued, when it starts, several times a second while it
     * counts, at every change of phase or folder, and when it ends. A subscriber that falls behind gets the newest.
     */
    public Multi<ScanStatus> progress() {
        return progress.latest();
    }

    /** Each problem as it is recorded, by a scan or by the check of the music folders. */
    public Multi<ScanProblem> problems() {
        return problems.all();
    }

    void queued(ScanStatus status) {
        progress.publish(status);
    }

    synchronized void started(ScanProgress scan) {
        update(scan);
        ticking = timer.scheduleAtFixedRate(this::sendUnsent, PROGRESS_INTERVAL_MILLIS, PROGRESS_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Called by the scan as it counts, as often as it likes: snapshots are cheap and sending is throttled. */
    synchronized void update(ScanProgress scan) {
        ScanStatus now = scan.snapshot();
        ScanStatus before = live.getAndSet(now);
        unsent = before != null && before.phase() == now.phase() && Objects.equals(before.folder(), now.folder());
        if (!unsent) {
            progress.publish(now);
        }
    }

    synchronized void ended(ScanProgress scan) {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        unsent = false;
        ScanStatus last = scan.snapshot();
        live.set(null);
        progress.publish(last);
    }

    private synchronized void sendUnsent() {
        ScanStatus now = live.get();
        if (now != null && unsent) {
            unsent = false;
            progress.publish(now);
        }
    }

    /** After the problem is stored: a subscriber that looks it up finds it. */
    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScanProblem problem) {
        ScanStatus running = live.get();
        problems.publish(problem.during(running == null ? null : running.runId()));
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
