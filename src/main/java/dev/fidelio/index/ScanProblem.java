package dev.fidelio.index;

import java.time.Instant;

/**
 * A file or folder a scan could not index, as it is recorded; the list of all of them is in {@code library_problem}.
 * {@code runId} names the scan that found it, null when it was found outside a scan (a folder offline at start-up).
 */
public record ScanProblem(Long runId, long musicFolderId, String path, String kind, String message, Instant firstSeenAt,
        Instant lastSeenAt) {

    ScanProblem during(Long scan) {
        return new ScanProblem(scan, musicFolderId, path, kind, message, firstSeenAt, lastSeenAt);
    }
}
