package dev.fidelio.upnp;

import java.util.List;

import dev.fidelio.library.PageRequest;

/**
 * The part of a listing a Browse or Search asks for: from {@code offset}, at most {@code count} objects. A request
 * for 0 (all) or more than a page is answered with one page; control points ask again from where it ended.
 */
record Window(long offset, int count) {

    static Window of(long startingIndex, long requestedCount) {
        int count = requestedCount <= 0 || requestedCount > PageRequest.MAX_SIZE ? PageRequest.MAX_SIZE : (int) requestedCount;
        return new Window(startingIndex, count);
    }

    /** The page a library listing returns for this window. */
    PageRequest page() {
        return PageRequest.at((int) Math.min(offset, Integer.MAX_VALUE), count);
    }

    <T> List<T> slice(List<T> all) {
        int from = (int) Math.min(offset, all.size());
        int to = (int) Math.min((long) from + count, all.size());
        return all.subList(from, to);
    }
}
