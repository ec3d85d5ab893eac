package dev.fidelio.library;

/**
 * How many visible albums an artist is on in any part (album artist, credited, composer of a work recorded), and
 * whether one of them has cover art to stand for the artist.
 */
public record Discography(int albumCount, boolean hasCover) {

    public static final Discography NONE = new Discography(0, false);
}
