package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Albums as a caller may see them: those with at least one track in the caller's libraries. */
@ApplicationScoped
@Transactional
public class AlbumQueries {

    private static final String FROM = "album a";

    private final EntityManager entityManager;

    AlbumQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<AlbumItem> page(VisibleLibraries visible, long userId, ListFilter filter, Sort sort, PageRequest request) {
        return Keyset.page(entityManager, AlbumItem.COLUMNS, FROM, conditions(visible, userId, filter), sort, AlbumQueries::key, userId,
                request, r -> AlbumItem.of(r, 0));
    }

    public long count(VisibleLibraries visible, long userId, ListFilter filter) {
        return Keyset.count(entityManager, FROM, conditions(visible, userId, filter));
    }

    /** A slice of the albums in {@code order}, for the listener {@code userId}. */
    public List<AlbumItem> list(VisibleLibraries visible, long userId, ListFilter filter, AlbumOrder order, int offset, int limit) {
        List<Condition> c = new ArrayList<>(conditions(visible, userId, filter));
        String from = FROM;
        String by = switch (order) {
            case NAME -> "lower(a.title_sort), a.id";
            case ARTIST -> "lower((SELECT ar.sort_name FROM album_artist aa JOIN artist ar ON ar.id = aa.artist_id "
                    + "WHERE aa.album_id = a.id ORDER BY aa.position LIMIT 1)), lower(a.title_sort), a.id";
            case NEWEST -> "a.created_at DESC, a.id DESC";
            case YEAR -> "COALESCE(a.year, 0), lower(a.title_sort), a.id";
            case YEAR_DESCENDING -> "COALESCE(a.year, 0) DESC, lower(a.title_sort), a.id";
            case MOST_PLAYED, RECENTLY_PLAYED, HIGHEST_RATED -> {
                from = FROM + " JOIN annotation an ON an.item_kind = 'album' AND an.item_id = a.id";
                c.add(Condition.of("an.user_id = ?", userId));
                c.add(Condition.of(order == AlbumOrder.HIGHEST_RATED ? "an.rating IS NOT NULL" : "an.play_count > 0"));
                yield switch (order) {
                    case MOST_PLAYED -> "an.play_count DESC, an.last_played_at DESC NULLS LAST, a.id";
                    case RECENTLY_PLAYED -> "an.last_played_at DESC NULLS LAST, a.id";
                    default -> "an.rating DESC, lower(a.title_sort), a.id";
                };
            }
            case RANDOM -> "random(), a.id";
        };
        return Slices.list(entityManager, AlbumItem.COLUMNS, from, c, by, offset, limit, r -> AlbumItem.of(r, 0));
    }

    /** The subtitles of each album's visible discs, by disc; discs without one are left out. */
    public Map<UUID, List<AlbumDisc>> discTitles(VisibleLibraries visible, Collection<UUID> albumIds) {
        if (albumIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT t.album_id, COALESCE(t.disc_number, 1), min(t.disc_subtitle) FROM track t "
                + "WHERE t.album_id = ANY(?) AND t.disc_subtitle IS NOT NULL AND ", (Object) Rows.uuids(albumIds))
                .add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1, 2 ORDER BY 1, 2").rows(entityManager),
                r -> new AlbumDisc(Rows.integer(r[1]), Rows.text(r[2])));
    }

    /**
     * Each artist's albums in every part they have: album artist, credited on a track, composer of a work recorded on
     * one; by year, then title.
     */
    public Map<UUID, List<AlbumItem>> ofArtistsInAnyRole(VisibleLibraries visible, Collection<UUID> artistIds) {
        if (artistIds.isEmpty()) {
            return Map.of();
        }
        Sql sql = new Sql("SELECT x.artist_id, " + AlbumItem.COLUMNS + " FROM (").add(ArtistAlbums.select(visible, artistIds))
                .add(") x JOIN album a ON a.id = x.album_id ORDER BY x.artist_id, COALESCE(a.year, 0), lower(a.title_sort), a.id");
        return Rows.grouped(sql.rows(entityManager), r -> AlbumItem.of(r, 1));
    }

    /** The visible albums among {@code ids}; the others (unknown or hidden) are absent. */
    public Map<UUID, AlbumItem> byIds(VisibleLibraries visible, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(conditions(visible, 0, ListFilter.NONE));
        c.add(Condition.of("a.id = ANY(?)", (Object) Rows.uuids(ids)));
        Map<UUID, AlbumItem> albums = new HashMap<>();
        new Sql("SELECT " + AlbumItem.COLUMNS + " FROM " + FROM).where(c).rows(entityManager)
                .forEach(r -> albums.put(Rows.uuid(r[0]), AlbumItem.of(r, 0)));
        return albums;
    }

    /** Each artist's albums as album artist, oldest first. */
    public Map<UUID, List<AlbumItem>> ofArtists(VisibleLibraries visible, Collection<UUID> artistIds) {
        if (artistIds.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(conditions(visible, 0, ListFilter.NONE));
        c.add(0, Condition.of("aa.artist_id = ANY(?)", (Object) Rows.uuids(artistIds)));
        return Rows.grouped(new Sql("SELECT aa.artist_id, " + AlbumItem.COLUMNS + " FROM album_artist aa JOIN album a ON a.id = aa.album_id")
                .where(c).add(" ORDER BY aa.artist_id, COALESCE(a.year, 0), lower(a.title), a.id").rows(entityManager), r -> AlbumItem.of(r, 1));
    }

    /** Track count, duration and number of discs of each album, over the tracks the caller can see. */
    public Map<UUID, AlbumStats> stats(VisibleLibraries visible, Collection<UUID> albumIds) {
        if (albumIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, AlbumStats> stats = new LinkedHashMap<>();
        new Sql("SELECT t.album_id, count(*), COALESCE(sum(t.duration_seconds), 0), count(DISTINCT COALESCE(t.disc_number, 1)) "
                + "FROM track t WHERE t.album_id = ANY(?) AND ", (Object) Rows.uuids(albumIds)).add(TrackFilters.visibleOnly(visible))
                .add(" GROUP BY t.album_id").rows(entityManager)
                .forEach(r -> stats.put(Rows.uuid(r[0]), new AlbumStats(Rows.integer(r[1]), Rows.decimal(r[2]), Rows.integer(r[3]))));
        return stats;
    }

    private static List<Condition> conditions(VisibleLibraries visible, long userId, ListFilter filter) {
        List<Condition> c = new ArrayList<>();
        List<Condition> tracks = TrackFilters.of(visible, filter, false);
        if (!tracks.isEmpty()) {
            c.add(Condition.exists("SELECT 1 FROM track t WHERE t.album_id = a.id", tracks));
        }
        if (filter.yearFrom() != null) {
            c.add(Condition.of("a.year >= ?", filter.yearFrom()));
        }
        if (filter.yearTo() != null) {
            c.add(Condition.of("a.year <= ?", filter.yearTo()));
        }
        if (filter.artistId() != null) {
            c.add(Condition.of("EXISTS (SELECT 1 FROM album_artist fa WHERE fa.album_id = a.id AND fa.artist_id = ?)", filter.artistId()));
        }
        if (filter.starred()) {
            c.add(TrackFilters.starred(ItemKind.album, "a.id", userId));
        }
        return c;
    }

    private static Keyset.Key key(SortKey key, long userId, String seed) {
        return switch (key) {
            case NAME -> Keyset.Key.of("lower(a.title)", "text");
            case SORT_NAME -> Keyset.Key.of("lower(a.title_sort)", "text");
            case YEAR -> Keyset.Key.of("COALESCE(a.year, 0)", "integer");
            case ADDED -> Keyset.Key.of("a.created_at", "timestamptz");
            case PLAY_COUNT -> Keyset.playCount(ItemKind.album, "a.id", userId);
            case RANDOM -> Keyset.random("a.id", seed);
        };
    }
}
