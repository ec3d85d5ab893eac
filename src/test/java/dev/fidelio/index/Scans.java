package dev.fidelio.index;

import java.time.Duration;

import dev.fidelio.library.ScanRun;

/** Waits for scans in tests; bounded, so a stuck scan fails the test instead of hanging the build. */
public final class Scans {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Scans() {
    }

    static ScanRun await(ScanRuns runs, long id) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ScanRun run = runs.get(id).orElseThrow();
            if (run.finishedAt != null) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Scan " + id + " did not finish within " + TIMEOUT);
    }

    public static ScanRun run(LibraryScanner scanner, ScanRuns runs, ScanKind kind) {
        awaitIdle(scanner, runs);
        return await(runs, scanner.start(kind));
    }

    /** Until no scan runs, including the one a scan asked for while another ran starts after it. */
    static void awaitIdle(LibraryScanner scanner, ScanRuns runs) {
        for (var id = scanner.current(); id.isPresent(); id = scanner.current()) {
            await(runs, id.get());
        }
    }
}
