package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which albums artists are on, in any part: album artist, credited on a track, or composer of a work recorded on
 * one; counting only visible tracks. One definition for listing those albums and for counting them.
 */
final class ArtistAlbums {

    private ArtistAlbums() {
    }

    /** {@code SELECT artist_id, album_id}, each pair once, for the artists among {@code artistIds}; a piece of SQL. */
    static Condition select(VisibleLibraries visible, Collection<UUID> artistIds) {
        UUID[] ids = Rows.uuids(artistIds);
        Condition seen = TrackFilters.visibleOnly(visible);
        String sql = "SELECT aa.artist_id, aa.album_id FROM album_artist aa WHERE aa.artist_id = ANY(?) "
                + "AND EXISTS (SELECT 1 FROM track t WHERE t.album_id = aa.album_id AND " + seen.sql() + ") "
                + "UNION SELECT c.artist_id, t.album_id FROM track_credit c JOIN track t ON t.id = c.track_id "
                + "WHERE c.artist_id = ANY(?) AND t.album_id IS NOT NULL AND " + seen.sql() + " "
                + "UNION SELECT w.composer_id, t.album_id FROM work w JOIN track t ON t.work_id = w.id "
                + "WHERE w.composer_id = ANY(?) AND t.album_id IS NOT NULL AND " + seen.sql();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            args.add(ids);
            args.addAll(seen.args());
        }
        return new Condition(sql, args);
    }
}
