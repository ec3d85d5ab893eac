package dev.fidelio.library;

import java.util.UUID;

public record GenreItem(UUID id, String name) {

    static final String COLUMNS = "g.id AS id, g.name";

    static GenreItem of(Object[] r, int i) {
        return new GenreItem(Rows.uuid(r[i]), Rows.text(r[i + 1]));
    }

    /** How many tracks and albums of a genre the caller can see. */
    public record Counts(int tracks, int albums) {
        public static final Counts NONE = new Counts(0, 0);
    }
}
