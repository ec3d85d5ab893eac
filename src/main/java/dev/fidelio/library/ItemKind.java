package dev.fidelio.library;

/** What a listener can star, rate or play; the names are the ones stored in {@code annotation.item_kind}. */
public enum ItemKind {
    track("track"), album("album"), artist("artist"), work("work");

    private final String table;

    ItemKind(String table) {
        this.table = table;
    }

    /** The table holding items of this kind. */
    String table() {
        return table;
    }
}
