package dev.fidelio.library;

import java.util.ArrayList;
import java.util.List;

/** The conditions on a track (alias {@code t}) for a caller to see it and for it to meet a filter's track parts. */
final class TrackFilters {

    private TrackFilters() {
    }

    /** Empty when every track qualifies, so a query can leave out its test for tracks altogether. */
    static List<Condition> of(VisibleLibraries visible, ListFilter filter, boolean withYear) {
        List<Condition> c = new ArrayList<>();
        if (!visible.all()) {
            c.add(visibleOnly(visible));
        }
        if (!filter.libraryIds().isEmpty()) {
            c.add(Condition.of("t.music_folder_id = ANY(?)", (Object) filter.libraryIds().toArray(Long[]::new)));
        }
        if (!filter.genreIds().isEmpty()) {
            c.add(Condition.of("EXISTS (SELECT 1 FROM track_genre tg WHERE tg.track_id = t.id AND tg.genre_id = ANY(?))",
                    (Object) Rows.uuids(filter.genreIds())));
        }
        if (withYear && filter.yearFrom() != null) {
            c.add(Condition.of("t.year >= ?", filter.yearFrom()));
        }
        if (withYear && filter.yearTo() != null) {
            c.add(Condition.of("t.year <= ?", filter.yearTo()));
        }
        if (!filter.formats().isEmpty()) {
            c.add(Condition.of("t.format = ANY(?)", (Object) filter.formats().toArray(String[]::new)));
        }
        if (filter.losslessOnly()) {
            c.add(Condition.of("t.lossless"));
        }
        if (filter.minSampleRate() != null) {
            c.add(Condition.of("t.sample_rate >= ?", filter.minSampleRate()));
        }
        if (filter.minBitDepth() != null) {
            c.add(Condition.of("t.bits_per_sample >= ?", filter.minBitDepth()));
        }
        if (filter.hiRes()) {
            c.add(Condition.of("(t.sample_rate >= ? OR t.bits_per_sample > ?)", ListFilter.HI_RES_MIN_RATE, ListFilter.CD_BITS));
        }
        if (filter.creditedArtistId() != null) {
            c.add(Condition.of("EXISTS (SELECT 1 FROM track_credit ac WHERE ac.track_id = t.id AND ac.artist_id = ?)", filter.creditedArtistId()));
        }
        if (filter.composerId() != null) {
            c.add(Condition.of("(EXISTS (SELECT 1 FROM track_credit cc WHERE cc.track_id = t.id AND cc.role = 'composer' AND cc.artist_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM work cw WHERE cw.id = t.work_id AND cw.composer_id = ?))", filter.composerId(),
                    filter.composerId()));
        }
        return c;
    }

    /** Only the caller's libraries; TRUE for a caller who sees all. */
    static Condition visibleOnly(VisibleLibraries visible) {
        return visible.all() ? Condition.of("TRUE") : Condition.of("t.music_folder_id = ANY(?)", (Object) visible.folderIdArray());
    }

    /** Tracks the artist is credited on in any part, album artist of, or composed the work of. */
    static Condition ofArtistInAnyRole(java.util.UUID artistId) {
        return Condition.of("(EXISTS (SELECT 1 FROM track_credit ac WHERE ac.track_id = t.id AND ac.artist_id = ?) "
                + "OR EXISTS (SELECT 1 FROM album_artist aa WHERE aa.album_id = t.album_id AND aa.artist_id = ?) "
                + "OR EXISTS (SELECT 1 FROM work aw WHERE aw.id = t.work_id AND aw.composer_id = ?))", artistId, artistId, artistId);
    }

    /** Items of {@code kind} (id column {@code idColumn}) the caller starred. */
    static Condition starred(ItemKind kind, String idColumn, long userId) {
        return Condition.of("EXISTS (SELECT 1 FROM annotation an WHERE an.user_id = ? AND an.item_kind = '" + kind.name()
                + "' AND an.item_id = " + idColumn + " AND an.starred_at IS NOT NULL)", userId);
    }
}
