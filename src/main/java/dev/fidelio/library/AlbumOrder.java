package dev.fidelio.library;

/**
 * The orders albums are listed in by offset ({@link AlbumQueries#list}). Orders by what the listener did (played,
 * rated) list only the albums they did it to.
 */
public enum AlbumOrder {
    /** By title, as it sorts. */
    NAME,
    /** By first album artist, as their name sorts, then by title. */
    ARTIST,
    /** Latest added first. */
    NEWEST,
    /** Oldest first, then by title; albums without a year first. */
    YEAR,
    /** Latest first, then by title. */
    YEAR_DESCENDING,
    /** The listener's most played first; only albums they played. */
    MOST_PLAYED,
    /** The listener's last played first; only albums they played. */
    RECENTLY_PLAYED,
    /** The listener's best rated first; only albums they rated. */
    HIGHEST_RATED,
    /** A new random order on every call. */
    RANDOM
}
