package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Which artists and tracks are like others, from the library alone (no online service): artists on the same albums,
 * performing the same works, in the same genres, in the same playlists; tracks by those artists, of the same works,
 * in the same genres. Only what the caller may see is used, and only the caller's own playlists and public ones.
 */
@ApplicationScoped
@Transactional
public class Similarity {

    /** How many similar artists a track seed's songs are drawn from besides the seed's own. */
    static final int SIMILAR_ARTISTS_FOR_TRACKS = 10;

    private final EntityManager entityManager;
    private final ArtistQueries artists;
    private final TrackQueries tracks;

    Similarity(EntityManager entityManager, ArtistQueries artists, TrackQueries tracks) {
        this.entityManager = entityManager;
        this.artists = artists;
        this.tracks = tracks;
    }

    /**
     * The artists most like {@code artistId}, best first. An artist scores 3 for each album both are on, 2 for each
     * work both recorded, 1 for each genre both play and each playlist holding both. The artist's albums, works,
     * genres and playlists are read first and the scores then asked for with them as arrays: in one statement with
     * subqueries the planner had to guess how many there are, and a wrong guess ran for seconds.
     */
    public List<ArtistItem> artists(VisibleLibraries visible, long userId, UUID artistId, int limit) {
        List<Object[]> mine = new Sql("SELECT t.id, t.album_id, t.work_id FROM track t WHERE ").add(TrackFilters.ofArtistInAnyRole(artistId))
                .add(" AND ").add(TrackFilters.visibleOnly(visible)).rows(entityManager);
        if (mine.isEmpty()) {
            return List.of();
        }
        UUID[] tracks = column(mine, 0);
        UUID[] genres = ids(new Sql("SELECT DISTINCT genre_id FROM track_genre WHERE track_id = ANY(?)", (Object) tracks))
                .toArray(UUID[]::new);
        UUID[] playlists = ids(new Sql("SELECT DISTINCT e.playlist_id FROM playlist_entry e JOIN playlist p ON p.id = e.playlist_id "
                + "AND (p.owner_id = ? OR p.public) WHERE e.track_id = ANY(?)", userId, tracks)).toArray(UUID[]::new);
        Sql sql = new Sql("WITH scores AS (")
                .add("SELECT c.artist_id, 3.0 * count(DISTINCT t.album_id) AS score FROM track t JOIN track_credit c ON c.track_id = t.id "
                        + "WHERE t.album_id = ANY(?) AND ", (Object) column(mine, 1)).add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1")
                .add(" UNION ALL SELECT c.artist_id, 2.0 * count(DISTINCT t.work_id) FROM track t JOIN track_credit c ON c.track_id = t.id "
                        + "WHERE t.work_id = ANY(?) AND ", (Object) column(mine, 2)).add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1")
                .add(" UNION ALL SELECT c.artist_id, count(DISTINCT tg.genre_id) FROM track_genre tg JOIN track t ON t.id = tg.track_id "
                        + "JOIN track_credit c ON c.track_id = t.id AND c.role = 'artist' WHERE tg.genre_id = ANY(?) AND ", (Object) genres)
                .add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1")
                .add(" UNION ALL SELECT c.artist_id, count(DISTINCT pe.playlist_id) FROM playlist_entry pe JOIN track t ON t.id = pe.track_id "
                        + "JOIN track_credit c ON c.track_id = t.id AND c.role = 'artist' WHERE pe.playlist_id = ANY(?) AND ", (Object) playlists)
                .add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1")
                .add(") SELECT s.artist_id FROM scores s JOIN artist ar ON ar.id = s.artist_id WHERE s.artist_id <> ? "
                        + "GROUP BY s.artist_id, ar.sort_name ORDER BY sum(s.score) DESC, lower(ar.sort_name), s.artist_id LIMIT ?",
                        artistId, limit);
        List<UUID> found = ids(sql);
        return inOrder(found, artists.byIds(visible, found));
    }

    /** The distinct non-null ids in column {@code index} of {@code rows}. */
    private static UUID[] column(List<Object[]> rows, int index) {
        return rows.stream().map(r -> r[index]).filter(Objects::nonNull).map(Rows::uuid).distinct().toArray(UUID[]::new);
    }

    /**
     * Tracks like the seed (an artist, an album or a track), in a random order weighted by likeness: by the seed's
     * artists 3, of the same work 3, by an artist like the seed's first 2, in one of its genres 1 (added up). An album
     * or track seed's own tracks are left out; an artist's own tracks are part of what is like them.
     */
    public List<TrackItem> tracks(VisibleLibraries visible, long userId, NodeKind seedKind, UUID seedId, int limit) {
        Condition seed = switch (seedKind) {
            case ARTIST -> TrackFilters.ofArtistInAnyRole(seedId);
            case ALBUM -> Condition.of("t.album_id = ?", seedId);
            case TRACK -> Condition.of("t.id = ?", seedId);
            default -> throw new IllegalArgumentException("Nothing is like a " + seedKind.name().toLowerCase(java.util.Locale.ROOT));
        };
        Sql seedSql = new Sql("SELECT t.id FROM track t WHERE ").add(seed).add(" AND ").add(TrackFilters.visibleOnly(visible));
        List<UUID> seedTracks = ids(seedSql);
        UUID firstArtist = seedKind == NodeKind.ARTIST ? seedId : firstArtist(seedTracks);
        List<UUID> similar = firstArtist == null ? List.of()
                : artists(visible, userId, firstArtist, SIMILAR_ARTISTS_FOR_TRACKS).stream().map(ArtistItem::id).toList();
        UUID[] seedIds = seedTracks.toArray(UUID[]::new);
        Sql sql = new Sql("WITH seed_artists AS (SELECT c.artist_id FROM track_credit c WHERE c.track_id = ANY(?) AND c.role = 'artist'",
                (Object) seedIds);
        if (seedKind == NodeKind.ARTIST) {
            sql.add(" UNION SELECT a.id FROM artist a WHERE a.id = ?", seedId);
        }
        sql.add("), scores AS (SELECT c.track_id AS id, 3.0 AS score FROM track_credit c "
                + "WHERE c.artist_id IN (SELECT artist_id FROM seed_artists) AND c.role = 'artist'")
                .add(" UNION ALL SELECT c.track_id, 2.0 FROM track_credit c WHERE c.artist_id = ANY(?) AND c.role = 'artist'",
                        (Object) similar.toArray(UUID[]::new))
                .add(" UNION ALL SELECT w.id, 3.0 FROM track w WHERE w.work_id IN (SELECT s.work_id FROM track s WHERE s.id = ANY(?))",
                        (Object) seedIds)
                .add(" UNION ALL SELECT g.track_id, 1.0 FROM track_genre g WHERE g.genre_id IN "
                        + "(SELECT sg.genre_id FROM track_genre sg WHERE sg.track_id = ANY(?))", (Object) seedIds)
                .add(") SELECT t.id FROM (SELECT id, sum(score) AS score FROM scores GROUP BY id) s JOIN track t ON t.id = s.id WHERE ")
                .add(TrackFilters.visibleOnly(visible));
        if (seedKind != NodeKind.ARTIST) {
            sql.add(" AND NOT t.id = ANY(?)", (Object) seedIds);
        }
        // Efraimidis and Spirakis' weighted sampling: each track's key is -ln(u)/weight, the smallest keys win.
        sql.add(" ORDER BY -ln(1.0 - random()) / s.score LIMIT ?", limit);
        List<UUID> found = ids(sql);
        return inOrder(found, tracks.byIds(visible, found));
    }

    private UUID firstArtist(List<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return null;
        }
        return ids(new Sql("SELECT c.artist_id FROM track_credit c WHERE c.track_id = ANY(?) AND c.role = 'artist' "
                + "ORDER BY c.track_id, c.position LIMIT 1", (Object) Rows.uuids(trackIds))).stream().findFirst().orElse(null);
    }

    private List<UUID> ids(Sql sql) {
        return sql.rows(entityManager).stream().map(r -> Rows.uuid(r[0])).toList();
    }

    private static <T> List<T> inOrder(Collection<UUID> ids, Map<UUID, T> items) {
        List<T> ordered = new ArrayList<>();
        ids.stream().map(items::get).filter(Objects::nonNull).forEach(ordered::add);
        return ordered;
    }
}
