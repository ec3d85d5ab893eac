package dev.fidelio.library;

/** A disc of an album that has a subtitle of its own ("Day", "Night"). */
public record AlbumDisc(int number, String title) {
}
