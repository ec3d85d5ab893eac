package dev.fidelio.library;

import java.time.Instant;
import java.util.UUID;

public record ArtistItem(UUID id, String name, String sortName, String mbid, Instant addedAt) {

    static final String COLUMNS = "ar.id AS id, ar.name, ar.sort_name, ar.mbid, ar.created_at";

    static ArtistItem of(Object[] r, int i) {
        return new ArtistItem(Rows.uuid(r[i]), Rows.text(r[i + 1]), Rows.text(r[i + 2]), Rows.text(r[i + 3]), Rows.instant(r[i + 4]));
    }
}
