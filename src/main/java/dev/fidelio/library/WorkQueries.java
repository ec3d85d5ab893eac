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

/** Works as a caller may see them: those recorded on a track in the caller's libraries. */
@ApplicationScoped
@Transactional
public class WorkQueries {

    private static final String FROM = "work w";

    private final EntityManager entityManager;

    WorkQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<WorkItem> page(VisibleLibraries visible, long userId, ListFilter filter, Sort sort, PageRequest request) {
        return Keyset.page(entityManager, WorkItem.COLUMNS, FROM, conditions(visible, userId, filter), sort, WorkQueries::key, userId,
                request, r -> WorkItem.of(r, 0));
    }

    public long count(VisibleLibraries visible, long userId, ListFilter filter) {
        return Keyset.count(entityManager, FROM, conditions(visible, userId, filter));
    }

    public Map<UUID, WorkItem> byIds(VisibleLibraries visible, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(conditions(visible, 0, ListFilter.NONE));
        c.add(0, Condition.of("w.id = ANY(?)", (Object) Rows.uuids(ids)));
        Map<UUID, WorkItem> works = new HashMap<>();
        new Sql("SELECT " + WorkItem.COLUMNS + " FROM " + FROM).where(c).rows(entityManager).forEach(r -> works.put(Rows.uuid(r[0]), WorkItem.of(r, 0)));
        return works;
    }

    /** Each composer's visible works, by title. */
    public Map<UUID, List<WorkItem>> ofComposers(VisibleLibraries visible, Collection<UUID> composerIds) {
        if (composerIds.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(conditions(visible, 0, ListFilter.NONE));
        c.add(0, Condition.of("w.composer_id = ANY(?)", (Object) Rows.uuids(composerIds)));
        return Rows.grouped(new Sql("SELECT w.composer_id, " + WorkItem.COLUMNS + " FROM " + FROM).where(c)
                .add(" ORDER BY w.composer_id, lower(w.title), w.id").rows(entityManager), r -> WorkItem.of(r, 1));
    }

    /** Each work's movements as its visible recordings number and name them, in order; one name per number. */
    public Map<UUID, List<Movement>> movements(VisibleLibraries visible, Collection<UUID> workIds) {
        if (workIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<Object, Movement>> movements = new LinkedHashMap<>();
        new Sql("SELECT t.work_id, t.movement_number, t.movement_name FROM track t WHERE t.work_id = ANY(?) AND ", (Object) Rows.uuids(workIds))
                .add(TrackFilters.visibleOnly(visible)).add(" GROUP BY 1, 2, 3 ORDER BY 1, 2 NULLS LAST, 3").rows(entityManager)
                .forEach(r -> {
                    Integer number = Rows.integer(r[1]);
                    String name = Rows.text(r[2]);
                    movements.computeIfAbsent(Rows.uuid(r[0]), k -> new LinkedHashMap<>())
                            .putIfAbsent(number != null ? number : name == null ? "" : name, new Movement(number, name));
                });
        Map<UUID, List<Movement>> result = new HashMap<>();
        movements.forEach((work, byNumber) -> result.put(work, List.copyOf(byNumber.values())));
        return result;
    }

    /**
     * Each work's recordings, one per album, oldest album first: the tracks of its movements and who performed them.
     * Two statements for any number of works.
     */
    public Map<UUID, List<Performance>> performances(VisibleLibraries visible, Collection<UUID> workIds) {
        if (workIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<UUID, List<UUID>>> tracks = new LinkedHashMap<>();
        List<UUID> allTracks = new ArrayList<>();
        new Sql("SELECT t.work_id, t.album_id, t.id FROM track t JOIN album a ON a.id = t.album_id WHERE t.work_id = ANY(?) AND ",
                (Object) Rows.uuids(workIds)).add(TrackFilters.visibleOnly(visible))
                .add(" ORDER BY t.work_id, COALESCE(a.year, 0), lower(a.title), a.id, t.movement_number NULLS LAST, "
                        + "COALESCE(t.disc_number, 1), t.track_number NULLS LAST, t.relative_path").rows(entityManager)
                .forEach(r -> {
                    tracks.computeIfAbsent(Rows.uuid(r[0]), k -> new LinkedHashMap<>()).computeIfAbsent(Rows.uuid(r[1]), k -> new ArrayList<>())
                            .add(Rows.uuid(r[2]));
                    allTracks.add(Rows.uuid(r[2]));
                });
        Map<UUID, List<Credit>> credits = performers(allTracks);
        Map<UUID, List<Performance>> result = new HashMap<>();
        tracks.forEach((work, byAlbum) -> byAlbum.forEach((album, trackIds) -> {
            Map<UUID, ArtistItem> conductors = new LinkedHashMap<>();
            Map<UUID, ArtistItem> ensembles = new LinkedHashMap<>();
            Map<UUID, Credit> soloists = new LinkedHashMap<>();
            for (UUID track : trackIds) {
                for (Credit credit : credits.getOrDefault(track, List.of())) {
                    switch (credit.role()) {
                        case CONDUCTOR -> conductors.putIfAbsent(credit.artist().id(), credit.artist());
                        case ENSEMBLE -> ensembles.putIfAbsent(credit.artist().id(), credit.artist());
                        default -> soloists.putIfAbsent(credit.artist().id(), credit);
                    }
                }
            }
            result.computeIfAbsent(work, k -> new ArrayList<>()).add(new Performance(work, album, List.copyOf(trackIds),
                    List.copyOf(conductors.values()), List.copyOf(ensembles.values()), List.copyOf(soloists.values())));
        }));
        return result;
    }

    private Map<UUID, List<Credit>> performers(List<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT c.track_id, c.role, c.instrument, " + ArtistItem.COLUMNS + " FROM track_credit c "
                + "JOIN artist ar ON ar.id = c.artist_id WHERE c.track_id = ANY(?) AND c.role IN ('conductor', 'ensemble', 'performer') "
                + "ORDER BY c.track_id, c.role, c.position", (Object) Rows.uuids(trackIds)).rows(entityManager),
                r -> new Credit(ArtistRole.fromId(Rows.text(r[1])), ArtistItem.of(r, 3), Rows.text(r[2])));
    }

    private static List<Condition> conditions(VisibleLibraries visible, long userId, ListFilter filter) {
        List<Condition> c = new ArrayList<>();
        List<Condition> tracks = TrackFilters.of(visible, filter, true);
        if (!tracks.isEmpty()) {
            c.add(Condition.exists("SELECT 1 FROM track t WHERE t.work_id = w.id", tracks));
        }
        if (filter.starred()) {
            c.add(TrackFilters.starred(ItemKind.work, "w.id", userId));
        }
        return c;
    }

    private static Keyset.Key key(SortKey key, long userId, String seed) {
        return switch (key) {
            case NAME, SORT_NAME -> Keyset.Key.of("lower(w.title)", "text");
            case ADDED -> Keyset.Key.of("w.created_at", "timestamptz");
            // A work is played through its tracks: its count is theirs added up.
            case PLAY_COUNT -> Keyset.Key.of("COALESCE((SELECT sum(an.play_count) FROM annotation an JOIN track pt ON pt.id = an.item_id "
                    + "WHERE an.user_id = ? AND an.item_kind = 'track' AND pt.work_id = w.id), 0)", "bigint", userId);
            case RANDOM -> Keyset.random("w.id", seed);
            case YEAR -> throw Keyset.unsupported("Works", key);
        };
    }
}
