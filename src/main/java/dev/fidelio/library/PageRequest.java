package dev.fidelio.library;

/**
 * Which part of a long listing to return: up to {@code first} items after the one {@code after} names (a cursor from
 * an earlier page of the same listing), or from the start when it is null. {@code offset} skips that many items
 * instead, for protocols that page by position (UPnP's StartingIndex); a cursor and an offset never go together.
 */
public record PageRequest(int first, String after, int offset) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 1 || first > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " items; not " + first);
        }
        if (offset < 0 || offset > 0 && after != null) {
            throw new IllegalArgumentException("An offset is 0 or more, and not combined with a cursor; not " + offset);
        }
    }

    public PageRequest(int first, String after) {
        this(first, after, 0);
    }

    /** Up to {@code first} items from position {@code offset} (0 is the first item). */
    public static PageRequest at(int offset, int first) {
        return new PageRequest(first, null, offset);
    }

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first == null ? DEFAULT_SIZE : first, after == null || after.isEmpty() ? null : after);
    }
}
