package dev.fidelio.library;

import java.time.Instant;
import java.util.UUID;

/** A release as the browsing APIs show it. {@code hasCover}: a folder image or an embedded front cover stands for it. */
public record AlbumItem(UUID id, String title, String titleSort, String artistDisplay, boolean compilation, String mbReleaseId,
        String mbReleaseGroupId, String releaseDate, String originalDate, Integer year, String label, String catalogNumber,
        String releaseType, Integer discTotal, boolean hasCover, Instant addedAt) {

    static final String COLUMNS = "a.id AS id, a.title, a.title_sort, a.artist_display, a.compilation, a.mb_release_id, "
            + "a.mb_release_group_id, a.release_date, a.original_date, a.year, a.label, a.catalog_number, a.release_type, "
            + "a.disc_total, (a.cover_path IS NOT NULL OR a.cover_track_id IS NOT NULL) AS has_cover, a.created_at";

    static AlbumItem of(Object[] r, int i) {
        return new AlbumItem(Rows.uuid(r[i]), Rows.text(r[i + 1]), Rows.text(r[i + 2]), Rows.text(r[i + 3]), Rows.bool(r[i + 4]),
                Rows.text(r[i + 5]), Rows.text(r[i + 6]), Rows.text(r[i + 7]), Rows.text(r[i + 8]), Rows.integer(r[i + 9]),
                Rows.text(r[i + 10]), Rows.text(r[i + 11]), Rows.text(r[i + 12]), Rows.integer(r[i + 13]), Rows.bool(r[i + 14]),
                Rows.instant(r[i + 15]));
    }
}
