package dev.fidelio.subsonic.shapes;

import java.util.List;

/** A list of songs: randomSongs, songsByGenre, similarSongs, similarSongs2, topSongs. */
public record Songs(List<Child> song) {
}
