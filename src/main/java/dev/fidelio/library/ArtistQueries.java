package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Artists as a caller may see them: those credited on a track in the caller's libraries, album artists of an album
 * with such a track, and composers of a work recorded on one.
 */
@ApplicationScoped
@Transactional
public class ArtistQueries {

    private static final String FROM = "artist ar";

    private final EntityManager entityManager;

    ArtistQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<ArtistItem> page(VisibleLibraries visible, long userId, ListFilter filter, Sort sort, PageRequest request) {
        return Keyset.page(entityManager, ArtistItem.COLUMNS, FROM, conditions(visible, userId, filter), sort, ArtistQueries::key, userId,
                request, r -> ArtistItem.of(r, 0));
    }

    public long count(VisibleLibraries visible, long userId, ListFilter filter) {
        return Keyset.count(entityManager, FROM, conditions(visible, userId, filter));
    }

    /** A slice of the artists, as their names sort. */
    public List<ArtistItem> list(VisibleLibraries visible, long userId, ListFilter filter, int offset, int limit) {
        return Slices.list(entityManager, ArtistItem.COLUMNS, FROM, conditions(visible, userId, filter), "lower(ar.sort_name), ar.id",
                offset, limit, r -> ArtistItem.of(r, 0));
    }

    /** The visible artists called {@code name}, whatever the case, as their names sort. */
    public List<ArtistItem> named(VisibleLibraries visible, String name) {
        List<Condition> c = new ArrayList<>(conditions(visible, 0, ListFilter.NONE));
        c.add(0, Condition.of("lower(ar.name) = lower(?)", name));
        return Slices.list(entityManager, ArtistItem.COLUMNS, FROM, c, "lower(ar.sort_name), ar.id", 0, Integer.MAX_VALUE,
                r -> ArtistItem.of(r, 0));
    }

    /** Each artist's albums in any part (those {@link AlbumQueries#ofArtistsInAnyRole} lists), counted. */
    public Map<UUID, Discography> discographies(VisibleLibraries visible, Collection<UUID> artistIds) {
        if (artistIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Discography> found = new HashMap<>();
        new Sql("SELECT x.artist_id, count(*), bool_or(a.cover_path IS NOT NULL OR a.cover_track_id IS NOT NULL) FROM (")
                .add(ArtistAlbums.select(visible, artistIds)).add(") x JOIN album a ON a.id = x.album_id GROUP BY 1")
                .rows(entityManager).forEach(r -> found.put(Rows.uuid(r[0]), new Discography(Rows.integer(r[1]), Rows.bool(r[2]))));
        return found;
    }

    public Map<UUID, ArtistItem> byIds(VisibleLibraries visible, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(conditions(visible, 0, ListFilter.NONE));
        c.add(0, Condition.of("ar.id = ANY(?)", (Object) Rows.uuids(ids)));
        Map<UUID, ArtistItem> artists = new HashMap<>();
        new Sql("SELECT " + ArtistItem.COLUMNS + " FROM " + FROM).where(c).rows(entityManager)
                .forEach(r -> artists.put(Rows.uuid(r[0]), ArtistItem.of(r, 0)));
        return artists;
    }

    /** The album artists of each album, in their order; the albums' own visibility is the caller's to check. */
    public Map<UUID, List<ArtistItem>> ofAlbums(Collection<UUID> albumIds) {
        if (albumIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT aa.album_id, " + ArtistItem.COLUMNS + " FROM album_artist aa JOIN artist ar ON ar.id = aa.artist_id "
                + "WHERE aa.album_id = ANY(?) ORDER BY aa.album_id, aa.position", (Object) Rows.uuids(albumIds)).rows(entityManager),
                r -> ArtistItem.of(r, 1));
    }

    /** The parts each artist has on the tracks and albums the caller can see. */
    public Map<UUID, Set<ArtistRole>> roles(VisibleLibraries visible, Collection<UUID> artistIds) {
        if (artistIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = Rows.uuids(artistIds);
        Sql sql = new Sql("SELECT c.artist_id, c.role FROM track_credit c JOIN track t ON t.id = c.track_id WHERE c.artist_id = ANY(?) AND ",
                (Object) ids).add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1, 2 UNION SELECT aa.artist_id, 'album_artist' "
                        + "FROM album_artist aa WHERE aa.artist_id = ANY(?) AND EXISTS (SELECT 1 FROM track t WHERE t.album_id = aa.album_id AND ",
                        (Object) ids).add(TrackFilters.visibleOnly(visible)).add(")");
        Map<UUID, Set<ArtistRole>> roles = new HashMap<>();
        for (Object[] r : sql.rows(entityManager)) {
            roles.computeIfAbsent(Rows.uuid(r[0]), k -> EnumSet.noneOf(ArtistRole.class)).add(ArtistRole.fromId(Rows.text(r[1])));
        }
        return roles;
    }

    /** The artists among {@code ids} who are album artist of a visible album with cover art. */
    public Set<UUID> withCover(VisibleLibraries visible, Collection<UUID> artistIds) {
        if (artistIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> found = new HashSet<>();
        new Sql("SELECT DISTINCT aa.artist_id FROM album_artist aa JOIN album a ON a.id = aa.album_id WHERE aa.artist_id = ANY(?) "
                + "AND (a.cover_path IS NOT NULL OR a.cover_track_id IS NOT NULL) AND EXISTS (SELECT 1 FROM track t WHERE t.album_id = a.id AND ",
                (Object) Rows.uuids(artistIds)).add(TrackFilters.visibleOnly(visible)).add(")").rows(entityManager)
                .forEach(r -> found.add(Rows.uuid(r[0])));
        return found;
    }

    private static List<Condition> conditions(VisibleLibraries visible, long userId, ListFilter filter) {
        List<Condition> c = new ArrayList<>();
        List<Condition> tracks = TrackFilters.of(visible, filter, true);
        ArtistRole role = filter.role();
        if (role == ArtistRole.ALBUM_ARTIST) {
            c.add(Condition.exists("SELECT 1 FROM album_artist aa JOIN track t ON t.album_id = aa.album_id WHERE aa.artist_id = ar.id", tracks));
        } else if (role != null) {
            c.add(Condition.exists("SELECT 1 FROM track_credit c JOIN track t ON t.id = c.track_id WHERE c.artist_id = ar.id AND c.role = ?",
                    tracks, role.id()));
        } else if (!tracks.isEmpty()) {
            Condition credited = Condition.exists("SELECT 1 FROM track_credit c JOIN track t ON t.id = c.track_id WHERE c.artist_id = ar.id", tracks);
            Condition albumArtist = Condition.exists("SELECT 1 FROM album_artist aa JOIN track t ON t.album_id = aa.album_id "
                    + "WHERE aa.artist_id = ar.id", tracks);
            Condition composer = Condition.exists("SELECT 1 FROM work w JOIN track t ON t.work_id = w.id WHERE w.composer_id = ar.id", tracks);
            List<Object> args = new ArrayList<>(credited.args());
            args.addAll(albumArtist.args());
            args.addAll(composer.args());
            c.add(new Condition(credited.sql() + " OR " + albumArtist.sql() + " OR " + composer.sql(), args));
        }
        if (filter.starred()) {
            c.add(TrackFilters.starred(ItemKind.artist, "ar.id", userId));
        }
        return c;
    }

    private static Keyset.Key key(SortKey key, long userId, String seed) {
        return switch (key) {
            case NAME -> Keyset.Key.of("lower(ar.name)", "text");
            case SORT_NAME -> Keyset.Key.of("lower(ar.sort_name)", "text");
            case ADDED -> Keyset.Key.of("ar.created_at", "timestamptz");
            case PLAY_COUNT -> Keyset.playCount(ItemKind.artist, "ar.id", userId);
            case RANDOM -> Keyset.random("ar.id", seed);
            case YEAR -> throw Keyset.unsupported("Artists", key);
        };
    }
}
