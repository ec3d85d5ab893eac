package dev.fidelio.subsonic.shapes;

/** One of the genres of a song or album. */
public record ItemGenre(String name) {
}
