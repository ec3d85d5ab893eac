package dev.fidelio.stream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.web.ApiException;

/**
 * From an album, artist or track id to the places its cover art may be, best first, within the libraries the caller
 * may see. An album's art is its folder image, else the embedded picture of the track the indexer chose (or of another
 * of its tracks). A track's is its own embedded picture, else its album's. An artist's is that of one of its albums
 * with art: those it is the album artist of first, then the earliest, so the choice stays the same from one request
 * to the next.
 */
@ApplicationScoped
class ArtSources {

    /** Items whose art is in none of this many places have no art that can be read now. */
    private static final int MAX_EMBEDDED_PER_ALBUM = 3;
    private static final int MAX_ARTIST_ALBUMS = 3;

    /** What an id names and where its art may be; {@code sources} is empty when it has no art. */
    record Found(String kind, List<ArtSource> sources) {
    }

    private final EntityManager entityManager;

    ArtSources(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The places to look, or a 404 alike for unknown ids and for items outside the caller's libraries. */
    @Transactional
    Found find(UUID id, VisibleLibraries visible) {
        List<?> kinds = entityManager.createNativeQuery("""
                SELECT 'album' FROM album WHERE id = ?1 UNION ALL SELECT 'track' FROM track WHERE id = ?1
                UNION ALL SELECT 'artist' FROM artist WHERE id = ?1""").setParameter(1, id).getResultList();
        String kind = kinds.isEmpty() ? "" : (String) kinds.get(0);
        List<ArtSource> sources = switch (kind) {
            case "album" -> album(id, visible);
            case "track" -> track(id, visible);
            case "artist" -> artist(id, visible);
            default -> null;
        };
        if (sources == null) {
            throw ApiException.notFound("No album, artist or track with id " + id);
        }
        return new Found(kind, sources);
    }

    /** Null when no track of the album is visible. */
    private List<ArtSource> album(UUID albumId, VisibleLibraries visible) {
        List<?> rows = visibleTo(visible, entityManager.createNativeQuery("""
                SELECT f.path, t.relative_path, a.cover_path, a.cover_mime, jsonb_array_length(t.pictures) > 0
                FROM album a JOIN track t ON t.album_id = a.id JOIN music_folder f ON f.id = t.music_folder_id
                WHERE a.id = ?1 AND (?2 OR t.music_folder_id = ANY(?3))
                ORDER BY COALESCE(t.id = a.cover_track_id, false) DESC, t.disc_number NULLS LAST,
                    t.track_number NULLS LAST, t.relative_path""").setParameter(1, albumId)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Set<String> folders = new LinkedHashSet<>();
        List<ArtSource> embedded = new ArrayList<>();
        String coverPath = (String) ((Object[]) rows.get(0))[2];
        String coverMime = (String) ((Object[]) rows.get(0))[3];
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            folders.add((String) columns[0]);
            if ((Boolean) columns[4] && embedded.size() < MAX_EMBEDDED_PER_ALBUM) {
                embedded.add(new ArtSource(ArtSource.Kind.EMBEDDED, Path.of((String) columns[0]), (String) columns[1], null));
            }
        }
        List<ArtSource> sources = new ArrayList<>();
        if (coverPath != null) {
            // The image was found beside tracks of the album; with tracks in several libraries, beside which is unknown.
            folders.forEach(folder -> sources.add(new ArtSource(ArtSource.Kind.FOLDER_IMAGE, Path.of(folder), coverPath, coverMime)));
        }
        sources.addAll(embedded);
        return sources;
    }

    /** An album met through a visible track may lose its tracks to a scan meanwhile. */
    private List<ArtSource> albumOrNone(UUID albumId, VisibleLibraries visible) {
        List<ArtSource> sources = album(albumId, visible);
        return sources == null ? List.of() : sources;
    }

    private List<ArtSource> track(UUID trackId, VisibleLibraries visible) {
        List<?> rows = visibleTo(visible, entityManager.createNativeQuery("""
                SELECT f.path, t.relative_path, jsonb_array_length(t.pictures) > 0, t.album_id
                FROM track t JOIN music_folder f ON f.id = t.music_folder_id
                WHERE t.id = ?1 AND (?2 OR t.music_folder_id = ANY(?3))""").setParameter(1, trackId)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] track = (Object[]) rows.get(0);
        List<ArtSource> sources = new ArrayList<>();
        if ((Boolean) track[2]) {
            sources.add(new ArtSource(ArtSource.Kind.EMBEDDED, Path.of((String) track[0]), (String) track[1], null));
        }
        if (track[3] != null) {
            sources.addAll(albumOrNone((UUID) track[3], visible));
        }
        return sources;
    }

    /** Null when the artist is credited on no visible track and is album artist of no visible album. */
    private List<ArtSource> artist(UUID artistId, VisibleLibraries visible) {
        List<?> albums = visibleTo(visible, entityManager.createNativeQuery("""
                WITH credited AS (
                    SELECT aa.album_id, true AS album_artist FROM album_artist aa WHERE aa.artist_id = ?1
                    UNION ALL
                    SELECT t.album_id, false FROM track_credit c JOIN track t ON t.id = c.track_id
                    WHERE c.artist_id = ?1 AND t.album_id IS NOT NULL)
                SELECT a.id, a.cover_path IS NOT NULL OR a.cover_track_id IS NOT NULL
                FROM album a JOIN credited c ON c.album_id = a.id
                WHERE EXISTS (SELECT 1 FROM track t WHERE t.album_id = a.id AND (?2 OR t.music_folder_id = ANY(?3)))
                GROUP BY a.id
                ORDER BY a.cover_path IS NOT NULL OR a.cover_track_id IS NOT NULL DESC, bool_or(c.album_artist) DESC,
                    a.year NULLS LAST, a.title_sort, a.id
                LIMIT ?4""").setParameter(1, artistId).setParameter(4, MAX_ARTIST_ALBUMS)).getResultList();
        if (albums.isEmpty()) {
            return null;
        }
        List<ArtSource> sources = new ArrayList<>();
        for (Object row : albums) {
            Object[] album = (Object[]) row;
            if ((Boolean) album[1]) {
                sources.addAll(albumOrNone((UUID) album[0], visible));
            }
        }
        return sources;
    }

    private static Query visibleTo(VisibleLibraries visible, Query query) {
        return query.setParameter(2, visible.all()).setParameter(3, visible.folderIdArray());
    }
}
