package dev.fidelio.library;

/** A music folder as a listener sees it: a library, with how many tracks it holds. */
public record LibraryItem(long id, String name, String path, String status, long trackCount) {
}
