package dev.fidelio.library;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Each user's play queue, saved by one player and picked up by another: the tracks, which one is playing and where
 * in it. Like a playlist it keeps tracks that are away or in a library closed to the user, and does not show them.
 */
@ApplicationScoped
public class PlayQueues {

    public static final int MAX_TRACKS = Playlists.MAX_ENTRIES;
    /** Longer than any track; a position beyond it is a client's mistake. */
    public static final long MAX_POSITION_MILLIS = Duration.ofDays(7).toMillis();
    public static final int MAX_CLIENT_NAME = 200;

    /**
     * The queue as the user sees it: {@code current} indexes {@code tracks} (null: none is current), and
     * {@code positionMillis} is the place in that track.
     */
    public record PlayQueue(List<Track> tracks, Integer current, long positionMillis, String changedBy, Instant changedAt) {
    }

    private final EntityManager entityManager;
    private final LibraryAccess access;

    PlayQueues(EntityManager entityManager, LibraryAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /**
     * Replaces the user's queue; no tracks clears it. {@code current} is an index into {@code trackIds}, or null;
     * {@code changedBy} names the client that saved it.
     */
    @Transactional
    public void save(long userId, List<UUID> trackIds, Integer current, long positionMillis, String changedBy) {
        if (trackIds.size() > MAX_TRACKS) {
            throw new IllegalArgumentException("A play queue holds at most " + MAX_TRACKS + " tracks");
        }
        if (current != null && (current < 0 || current >= trackIds.size())) {
            throw new IllegalArgumentException(trackIds.isEmpty() ? "An empty play queue has no current track"
                    : "The current track is 0 to " + (trackIds.size() - 1) + ", not " + current);
        }
        if (positionMillis < 0 || positionMillis > MAX_POSITION_MILLIS) {
            throw new IllegalArgumentException("A position in a track is 0 to " + MAX_POSITION_MILLIS + " ms, not " + positionMillis);
        }
        if (changedBy != null && changedBy.length() > MAX_CLIENT_NAME) {
            throw new IllegalArgumentException("A client name has at most " + MAX_CLIENT_NAME + " characters");
        }
        if (trackIds.isEmpty()) {
            entityManager.createNativeQuery("DELETE FROM play_queue WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
            return;
        }
        VisibleTracks.require(entityManager, trackIds, access.of(userId));
        entityManager.createNativeQuery("""
                INSERT INTO play_queue (user_id, track_ids, current_index, position_ms, changed_by, changed_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (user_id) DO UPDATE SET track_ids = EXCLUDED.track_ids, current_index = EXCLUDED.current_index,
                    position_ms = EXCLUDED.position_ms, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""")
                .setParameter(1, userId).setParameter(2, trackIds.toArray(UUID[]::new)).setParameter(3, current)
                .setParameter(4, positionMillis).setParameter(5, changedBy).setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** The user's queue, empty when none was saved. */
    @Transactional
    public Optional<PlayQueue> get(long userId) {
        List<?> rows = entityManager.createNativeQuery(
                "SELECT track_ids, current_index, position_ms, changed_by, changed_at FROM play_queue WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            List<UUID> saved = List.of((UUID[]) r[0]);
            Integer current = r[1] == null ? null : ((Number) r[1]).intValue();
            Set<UUID> visible = VisibleTracks.among(entityManager, saved, access.of(userId));
            List<UUID> shown = new ArrayList<>();
            Integer shownCurrent = null;
            for (int i = 0; i < saved.size(); i++) {
                if (visible.contains(saved.get(i))) {
                    if (current != null && i >= current && shownCurrent == null) {
                        shownCurrent = shown.size();
                    }
                    shown.add(saved.get(i));
                }
            }
            // A current track the user cannot see gives way to the next one, from its start.
            boolean currentShown = current != null && visible.contains(saved.get(current));
            return new PlayQueue(VisibleTracks.load(entityManager, shown), shownCurrent, currentShown ? ((Number) r[2]).longValue() : 0,
                    (String) r[3], Rows.instant(r[4]));
        });
    }
}
