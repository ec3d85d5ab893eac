package dev.fidelio.library;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * Lists of track ids, as one user sees them: only tracks that are in the library and in a library the user may see.
 * What users keep (playlists, play queues) keeps the other ids too, for when the track or the access comes back.
 */
final class VisibleTracks {

    /** A condition on track {@code t}, with the parameters of {@link #bind}. */
    static final String CONDITION = "(:allLibraries OR t.music_folder_id = ANY(:libraries))";

    private VisibleTracks() {
    }

    static jakarta.persistence.Query bind(jakarta.persistence.Query query, VisibleLibraries visible) {
        return query.setParameter("allLibraries", visible.all()).setParameter("libraries", visible.folderIdArray());
    }

    /** Those of {@code ids} the user sees. */
    static Set<UUID> among(EntityManager entityManager, Collection<UUID> ids, VisibleLibraries visible) {
        List<?> found = bind(entityManager.createNativeQuery("SELECT t.id FROM track t WHERE t.id = ANY(:ids) AND " + CONDITION,
                UUID.class), visible).setParameter("ids", new HashSet<>(ids).toArray(UUID[]::new)).getResultList();
        return found.stream().map(UUID.class::cast).collect(Collectors.toSet());
    }

    /** Refuses the first id the user does not see, as if it did not exist. */
    static void require(EntityManager entityManager, Collection<UUID> ids, VisibleLibraries visible) {
        Set<UUID> seen = among(entityManager, ids, visible);
        ids.stream().filter(id -> !seen.contains(id)).findFirst().ifPresent(id -> {
            throw new NoSuchItemException(ItemKind.track, id);
        });
    }

    /** The tracks of ids that all exist, in the given order; an id listed twice gives its track twice. */
    static List<Track> load(EntityManager entityManager, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // ANY with one array: an IN list of a long playlist would pass PostgreSQL's limit of bind parameters.
        List<Track> tracks = entityManager.createNativeQuery("SELECT * FROM track WHERE id = ANY(?1)", Track.class)
                .setParameter(1, new LinkedHashSet<>(ids).toArray(UUID[]::new)).getResultList();
        Map<UUID, Track> byId = tracks.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
