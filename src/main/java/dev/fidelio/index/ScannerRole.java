package dev.fidelio.index;

/**
 * This server became the one that scans ({@link #HERE}) or stopped being it ({@link #ELSEWHERE}); {@link #HERE} again
 * after each of its scans, as the music folders may have changed meanwhile.
 */
enum ScannerRole {
    HERE,
    ELSEWHERE
}
