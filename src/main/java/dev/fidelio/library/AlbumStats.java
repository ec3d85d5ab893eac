package dev.fidelio.library;

/** What an album's tracks add up to, counting only the tracks the caller can see. */
public record AlbumStats(int trackCount, double durationSeconds, int discCount) {
    public static final AlbumStats NONE = new AlbumStats(0, 0, 0);
}
