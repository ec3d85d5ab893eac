package dev.fidelio.index;

/**
 * What happened to this server's part in scanning, for those that follow it: the folder watcher, and the UPnP media
 * server when only the scanning server announces it.
 */
public enum ScannerRole {
    /** This server became the one that scans. */
    TAKEN,
    /** It finished a scan: the music folders may have changed meanwhile, on any server. */
    SCANNED,
    /** It no longer scans. */
    LOST
}
