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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tracks as a caller may see them: those in the caller's libraries. */
@ApplicationScoped
@Transactional
public class TrackQueries {

    private static final String FROM = "track t";
    private static final String IN_ALBUM_ORDER = "COALESCE(t.disc_number, 1), t.track_number NULLS LAST, t.relative_path, t.id";
    private static final TypeReference<Map<String, List<String>>> RAW_TAGS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    TrackQueries(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public Page<TrackItem> page(VisibleLibraries visible, long userId, ListFilter filter, Sort sort, PageRequest request) {
        return Keyset.page(entityManager, TrackItem.COLUMNS, FROM, conditions(visible, userId, filter), sort, TrackQueries::key, userId,
                request, r -> TrackItem.of(r, 0));
    }

    public long count(VisibleLibraries visible, long userId, ListFilter filter) {
        return Keyset.count(entityManager, FROM, conditions(visible, userId, filter));
    }

    /** A slice of the tracks in {@code order}. */
    public List<TrackItem> list(VisibleLibraries visible, long userId, ListFilter filter, TrackOrder order, int offset, int limit) {
        String by = switch (order) {
            case ALBUM -> "(SELECT lower(al.title_sort) FROM album al WHERE al.id = t.album_id), t.album_id, " + IN_ALBUM_ORDER;
            case RANDOM -> "random(), t.id";
        };
        return Slices.list(entityManager, TrackItem.COLUMNS, FROM, conditions(visible, userId, filter), by, offset, limit,
                r -> TrackItem.of(r, 0));
    }

    /**
     * An artist's most played tracks: those credited to them in any part, on albums they are album artist of, or
     * recordings of works they composed; by their plays by every listener, then by the listeners' average rating,
     * then in album order.
     */
    public List<TrackItem> mostPlayed(VisibleLibraries visible, UUID artistId, int limit) {
        List<Condition> c = new ArrayList<>(TrackFilters.of(visible, ListFilter.NONE, true));
        c.add(TrackFilters.ofArtistInAnyRole(artistId));
        String from = FROM + " LEFT JOIN LATERAL (SELECT sum(an.play_count) AS plays, avg(an.rating) AS rating FROM annotation an "
                + "WHERE an.item_kind = 'track' AND an.item_id = t.id) p ON true";
        return Slices.list(entityManager, TrackItem.COLUMNS, from, c, "COALESCE(p.plays, 0) DESC, p.rating DESC NULLS LAST, "
                + "(SELECT COALESCE(al.year, 0) FROM album al WHERE al.id = t.album_id), t.album_id, " + IN_ALBUM_ORDER, 0, limit,
                r -> TrackItem.of(r, 0));
    }

    /** The visible tracks among {@code ids}, in the order asked (ids repeated are returned once). */
    public Map<UUID, TrackItem> byIds(VisibleLibraries visible, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, TrackItem> found = new HashMap<>();
        new Sql("SELECT " + TrackItem.COLUMNS + " FROM " + FROM + " WHERE t.id = ANY(?) AND ", (Object) Rows.uuids(ids))
                .add(TrackFilters.visibleOnly(visible)).rows(entityManager).forEach(r -> found.put(Rows.uuid(r[0]), TrackItem.of(r, 0)));
        Map<UUID, TrackItem> ordered = new LinkedHashMap<>();
        ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    /** Each album's visible tracks in disc and track order. */
    public Map<UUID, List<TrackItem>> ofAlbums(VisibleLibraries visible, Collection<UUID> albumIds) {
        return grouped("t.album_id", visible, albumIds, IN_ALBUM_ORDER);
    }

    /** The tracks directly in each folder, by file name. */
    public Map<UUID, List<TrackItem>> ofFolders(VisibleLibraries visible, Collection<UUID> folderIds) {
        return grouped("t.folder_id", visible, folderIds, "t.relative_path, t.id");
    }

    private Map<UUID, List<TrackItem>> grouped(String column, VisibleLibraries visible, Collection<UUID> ids, String order) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT " + column + ", " + TrackItem.COLUMNS + " FROM " + FROM + " WHERE " + column + " = ANY(?) AND ",
                (Object) Rows.uuids(ids)).add(TrackFilters.visibleOnly(visible)).add(" ORDER BY " + column + ", " + order)
                .rows(entityManager), r -> TrackItem.of(r, 1));
    }

    /** Who did what on each track, by role and credit order. */
    public Map<UUID, List<Credit>> credits(Collection<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT c.track_id, c.role, c.instrument, " + ArtistItem.COLUMNS + " FROM track_credit c "
                + "JOIN artist ar ON ar.id = c.artist_id WHERE c.track_id = ANY(?) ORDER BY c.track_id, c.role, c.position",
                (Object) Rows.uuids(trackIds)).rows(entityManager),
                r -> new Credit(ArtistRole.fromId(Rows.text(r[1])), ArtistItem.of(r, 3), Rows.text(r[2])));
    }

    /** Every tag of each file as read, name to values; asked for separately because it can be large. */
    public Map<UUID, Map<String, List<String>>> rawTags(Collection<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<String, List<String>>> tags = new HashMap<>();
        for (Object[] r : new Sql("SELECT id, raw_tags::text FROM track WHERE id = ANY(?)", (Object) Rows.uuids(trackIds)).rows(entityManager)) {
            try {
                tags.put(Rows.uuid(r[0]), json.readValue(Rows.text(r[1]), RAW_TAGS));
            } catch (JsonProcessingException e) {
                throw new LibraryStoreException("The stored tags of track " + r[0] + " are not readable: " + e.getOriginalMessage(), e);
            }
        }
        return tags;
    }

    private static List<Condition> conditions(VisibleLibraries visible, long userId, ListFilter filter) {
        List<Condition> c = new ArrayList<>(TrackFilters.of(visible, filter, true));
        if (filter.artistId() != null) {
            c.add(Condition.of("EXISTS (SELECT 1 FROM track_credit fc WHERE fc.track_id = t.id AND fc.artist_id = ?)", filter.artistId()));
        }
        if (filter.starred()) {
            c.add(TrackFilters.starred(ItemKind.track, "t.id", userId));
        }
        return c;
    }

    private static Keyset.Key key(SortKey key, long userId, String seed) {
        return switch (key) {
            case NAME -> Keyset.Key.of("lower(COALESCE(t.title, ''))", "text");
            case SORT_NAME -> Keyset.Key.of("lower(COALESCE(t.title_sort, t.title, ''))", "text");
            case YEAR -> Keyset.Key.of("COALESCE(t.year, 0)", "integer");
            case ADDED -> Keyset.Key.of("t.created_at", "timestamptz");
            case PLAY_COUNT -> Keyset.playCount(ItemKind.track, "t.id", userId);
            case RANDOM -> Keyset.random("t.id", seed);
        };
    }
}
