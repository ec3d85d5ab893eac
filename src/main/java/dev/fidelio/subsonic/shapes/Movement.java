package dev.fidelio.subsonic.shapes;

/**
 * The movement of a work a song is.
 *
 * @param count how many movements the work has
 */
public record Movement(String name, Integer number, Integer count) {
}
