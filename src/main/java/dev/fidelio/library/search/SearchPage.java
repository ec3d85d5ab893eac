package dev.fidelio.library.search;

/** Which results of one kind to return: {@code limit} of them after skipping {@code offset}; a limit of 0 asks for none. */
public record SearchPage(int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public SearchPage {
        if (offset < 0) {
            throw new InvalidSearchException("The offset of a search cannot be negative (" + offset + ").");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("A search returns 0 to " + MAX_LIMIT + " results of each kind, not " + limit + ".");
        }
    }
}
