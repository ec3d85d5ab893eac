package dev.fidelio.subsonic.scanning;

import dev.fidelio.index.ScanPhase;
import dev.fidelio.index.ScanStatus;

/**
 * A scan as Subsonic shows it: whether one is waiting or running, and how many files the scan found in the music
 * folders (so far, while it lists them).
 */
record ScanStatusEntry(boolean scanning, Long count) {

    static final ScanStatusEntry NONE = new ScanStatusEntry(false, 0L);

    static ScanStatusEntry of(ScanStatus status) {
        return new ScanStatusEntry(status.running() || status.phase() == ScanPhase.QUEUED, (long) status.filesSeen());
    }
}
