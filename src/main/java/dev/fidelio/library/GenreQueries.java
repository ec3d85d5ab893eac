package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Genres as a caller may see them: those of tracks in the caller's libraries, counted over those tracks only. */
@ApplicationScoped
@Transactional
public class GenreQueries {

    private static final String FROM = "genre g";
    private static final String TRACKS_OF_GENRE = "SELECT 1 FROM track_genre tg JOIN track t ON t.id = tg.track_id WHERE tg.genre_id = g.id";

    private final EntityManager entityManager;

    GenreQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<GenreItem> page(VisibleLibraries visible, ListFilter filter, Sort sort, PageRequest request) {
        return Keyset.page(entityManager, GenreItem.COLUMNS, FROM, conditions(visible, filter), sort, GenreQueries::key, 0, request,
                r -> GenreItem.of(r, 0));
    }

    public long count(VisibleLibraries visible, ListFilter filter) {
        return Keyset.count(entityManager, FROM, conditions(visible, filter));
    }

    public Map<UUID, GenreItem> byIds(VisibleLibraries visible, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(conditions(visible, ListFilter.NONE));
        c.add(0, Condition.of("g.id = ANY(?)", (Object) Rows.uuids(ids)));
        Map<UUID, GenreItem> genres = new HashMap<>();
        new Sql("SELECT " + GenreItem.COLUMNS + " FROM " + FROM).where(c).rows(entityManager).forEach(r -> genres.put(Rows.uuid(r[0]), GenreItem.of(r, 0)));
        return genres;
    }

    /** The visible genre called {@code name}: exactly so, else whatever the case. */
    public Optional<GenreItem> named(VisibleLibraries visible, String name) {
        List<Condition> c = new ArrayList<>(conditions(visible, ListFilter.NONE));
        c.add(0, Condition.of("lower(g.name) = lower(?)", name));
        return new Sql("SELECT " + GenreItem.COLUMNS + " FROM " + FROM).where(c).add(" ORDER BY g.name = ? DESC LIMIT 1", name)
                .rows(entityManager).stream().findFirst().map(r -> GenreItem.of(r, 0));
    }

    /** How many visible tracks and albums each genre has. */
    public Map<UUID, GenreItem.Counts> counts(VisibleLibraries visible, Collection<UUID> genreIds) {
        if (genreIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, GenreItem.Counts> counts = new HashMap<>();
        new Sql("SELECT tg.genre_id, count(DISTINCT t.id), count(DISTINCT t.album_id) FROM track_genre tg JOIN track t ON t.id = tg.track_id "
                + "WHERE tg.genre_id = ANY(?) AND ", (Object) Rows.uuids(genreIds)).add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1")
                .rows(entityManager).forEach(r -> counts.put(Rows.uuid(r[0]), new GenreItem.Counts(Rows.integer(r[1]), Rows.integer(r[2]))));
        return counts;
    }

    /** Each track's genres in tag order. */
    public Map<UUID, List<GenreItem>> ofTracks(Collection<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT tg.track_id, " + GenreItem.COLUMNS + " FROM track_genre tg JOIN genre g ON g.id = tg.genre_id "
                + "WHERE tg.track_id = ANY(?) ORDER BY tg.track_id, tg.position", (Object) Rows.uuids(trackIds)).rows(entityManager),
                r -> GenreItem.of(r, 1));
    }

    /** The genres of each album's visible tracks, by name. */
    public Map<UUID, List<GenreItem>> ofAlbums(VisibleLibraries visible, Collection<UUID> albumIds) {
        if (albumIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT DISTINCT t.album_id, " + GenreItem.COLUMNS + ", lower(g.name) FROM track t "
                + "JOIN track_genre tg ON tg.track_id = t.id JOIN genre g ON g.id = tg.genre_id WHERE t.album_id = ANY(?) AND ",
                (Object) Rows.uuids(albumIds)).add(TrackFilters.visibleOnly(visible)).add(" ORDER BY 1, 4").rows(entityManager),
                r -> GenreItem.of(r, 1));
    }

    private static List<Condition> conditions(VisibleLibraries visible, ListFilter filter) {
        List<Condition> tracks = TrackFilters.of(visible, filter, true);
        return tracks.isEmpty() ? List.of() : List.of(Condition.exists(TRACKS_OF_GENRE, tracks));
    }

    private static Keyset.Key key(SortKey key, long userId, String seed) {
        return switch (key) {
            case NAME, SORT_NAME -> Keyset.Key.of("lower(g.name)", "text");
            case RANDOM -> Keyset.random("g.id", seed);
            case YEAR, ADDED, PLAY_COUNT -> throw Keyset.unsupported("Genres", key);
        };
    }
}
