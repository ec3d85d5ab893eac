package dev.fidelio.library;

/**
 * Which part of a long listing to return: up to {@code first} items after the one {@code after} names (a cursor from
 * an earlier page of the same listing), or from the start when it is null.
 */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 1 || first > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " items; not " + first);
        }
    }

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first == null ? DEFAULT_SIZE : first, after == null || after.isEmpty() ? null : after);
    }
}
