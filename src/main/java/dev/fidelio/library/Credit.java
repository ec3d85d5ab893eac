package dev.fidelio.library;

/** One artist's part on a track; {@code instrument} for performers when the tags name it. */
public record Credit(ArtistRole role, ArtistItem artist, String instrument) {
}
