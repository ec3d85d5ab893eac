package dev.fidelio.testmusic;

import java.util.List;

/** One disc of an album; {@code subtitle} is null when the disc has none. */
public record Disc(int number, String subtitle, List<Track> tracks) {

    public Disc {
        tracks = List.copyOf(tracks);
    }
}
