package dev.fidelio.library;

/** What a listing can be ordered by; not every kind has every key (artists have no year). */
public enum SortKey {
    NAME(false), SORT_NAME(false), YEAR(false), ADDED(true), PLAY_COUNT(true), RANDOM(false);

    private final boolean descendingByDefault;

    SortKey(boolean descendingByDefault) {
        this.descendingByDefault = descendingByDefault;
    }

    /** Newest and most played come first unless asked otherwise. */
    public boolean descendingByDefault() {
        return descendingByDefault;
    }
}
