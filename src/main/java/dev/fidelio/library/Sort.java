package dev.fidelio.library;

/** An order for a listing; ties are broken by id, so every order is total and pages never overlap. */
public record Sort(SortKey key, boolean descending) {

    public static final Sort BY_NAME = new Sort(SortKey.NAME, false);

    /** {@code descending} null takes the key's usual direction. */
    public static Sort of(SortKey key, Boolean descending) {
        SortKey k = key == null ? SortKey.NAME : key;
        return new Sort(k, descending == null ? k.descendingByDefault() : descending);
    }
}
