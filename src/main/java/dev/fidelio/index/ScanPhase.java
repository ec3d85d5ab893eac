package dev.fidelio.index;

import java.util.Locale;

/** Where a scan is; the id is what {@code scan_run.phase} stores. */
public enum ScanPhase {
    /** Waits for the scan before it. */
    QUEUED,
    STARTING,
    /** Walks a music folder for its files. */
    LISTING,
    /** Reads new and changed files and stores them. */
    READING,
    /** Maps the stored raw tags again (a rules scan). */
    APPLYING_RULES,
    /** Drops the albums, artists, works and genres nothing uses any more. */
    CLEANING_UP,
    FINISHED,
    FAILED,
    /** Never ran: the server stopped while it waited (rows of versions that kept waiting scans in memory). */
    CANCELLED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean ended() {
        return this == FINISHED || this == FAILED || this == CANCELLED;
    }

    static ScanPhase fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
