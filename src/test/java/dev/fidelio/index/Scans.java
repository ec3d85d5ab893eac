package dev.fidelio.index;

import dev.fidelio.library.ScanRun;
import dev.fidelio.testsupport.Eventually;

/** Waits for scans in tests; bounded, so a stuck scan fails the test instead of hanging the build. */
public final class Scans {

    private Scans() {
    }

    public static ScanRun await(ScanRuns runs, long id) {
        return Eventually.value("Scan " + id + " finishing", () -> runs.get(id).filter(run -> run.finishedAt != null));
    }

    /** A scan of the configured folders: this one, which may wait behind another that runs. */
    public static ScanRun run(LibraryScanner scanner, ScanRuns runs, ScanKind kind) {
        return await(runs, scanner.start(kind));
    }

    /** Until no scan runs, including those asked for while another ran, which start after it. */
    public static void awaitIdle(LibraryScanner scanner, ScanRuns runs) {
        for (var id = scanner.current(); id.isPresent(); id = scanner.current()) {
            await(runs, id.get());
        }
    }
}
