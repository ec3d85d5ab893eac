package dev.fidelio.library;

import java.util.List;

/**
 * One page of a listing: its items, each with the cursor that continues after it, and whether more follow. The
 * cursors are keys, not positions, so rows added or removed elsewhere never shift a page.
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage) {

    public Page {
        items = List.copyOf(items);
        cursors = List.copyOf(cursors);
    }

    public String endCursor() {
        return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
    }

    public String startCursor() {
        return cursors.isEmpty() ? null : cursors.get(0);
    }
}
