package dev.fidelio.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Stars, ratings and plays, per user. They are keyed by the item's id, which the indexer keeps across rescans and
 * moves, so nothing a listener said is lost to a scan.
 */
@ApplicationScoped
public class Annotations {

    private static final String UPSERT = "INSERT INTO annotation (user_id, item_kind, item_id, %1$s) VALUES (?1, ?2, ?3, ?4) "
            + "ON CONFLICT (user_id, item_kind, item_id) DO UPDATE SET %1$s = EXCLUDED.%1$s";

    private final EntityManager entityManager;

    Annotations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void star(long userId, ItemKind kind, UUID itemId, boolean starred) {
        requireExists(kind, itemId);
        write("starred_at", userId, kind, itemId, starred ? Timestamp.from(Instant.now()) : null);
    }

    /** A rating from 1 to 5; 0 takes the rating away. */
    @Transactional
    public void rate(long userId, ItemKind kind, UUID itemId, int rating) {
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, or 0 to remove it; not " + rating);
        }
        requireExists(kind, itemId);
        write("rating", userId, kind, itemId, rating == 0 ? null : (short) rating);
    }

    /** One play of a track, counted for the track, its album and its artists. */
    @Transactional
    public void recordPlay(long userId, UUID trackId, Instant playedAt) {
        requireExists(ItemKind.track, trackId);
        entityManager.createNativeQuery("""
                INSERT INTO annotation (user_id, item_kind, item_id, play_count, last_played_at)
                SELECT ?1, kind, item, 1, ?3 FROM (
                    SELECT 'track' AS kind, id AS item FROM track WHERE id = ?2
                    UNION SELECT 'album', album_id FROM track WHERE id = ?2 AND album_id IS NOT NULL
                    UNION SELECT 'artist', artist_id FROM track_credit WHERE track_id = ?2 AND role = 'artist'
                ) AS played
                ON CONFLICT (user_id, item_kind, item_id) DO UPDATE SET play_count = annotation.play_count + 1,
                    last_played_at = GREATEST(annotation.last_played_at, EXCLUDED.last_played_at)""")
                .setParameter(1, userId).setParameter(2, trackId).setParameter(3, Timestamp.from(playedAt))
                .executeUpdate();
    }

    @Transactional
    public Optional<Annotation> get(long userId, ItemKind kind, UUID itemId) {
        return Optional.ofNullable(of(userId, kind, List.of(itemId)).get(itemId));
    }

    /** The caller's annotations of many items of one kind; items never annotated are absent. */
    @Transactional
    public Map<UUID, Annotation> of(long userId, ItemKind kind, Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery("SELECT item_id, starred_at, rating, play_count, last_played_at FROM annotation "
                + "WHERE user_id = ?1 AND item_kind = ?2 AND item_id = ANY(?3)")
                .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, Rows.uuids(itemIds)).getResultList();
        Map<UUID, Annotation> annotations = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            UUID id = Rows.uuid(r[0]);
            annotations.put(id, new Annotation(kind, id, Rows.instant(r[1]), r[2] == null ? null : ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), Rows.instant(r[4])));
        }
        return annotations;
    }

    private void requireExists(ItemKind kind, UUID itemId) {
        boolean exists = !entityManager.createNativeQuery("SELECT 1 FROM " + kind.table() + " WHERE id = ?1")
                .setParameter(1, itemId).getResultList().isEmpty();
        if (!exists) {
            throw new NoSuchItemException(kind, itemId);
        }
    }

    /** Sets one column, or clears it when {@code value} is null (there is nothing to clear without a row). */
    private void write(String column, long userId, ItemKind kind, UUID itemId, Object value) {
        var query = value == null
                ? entityManager.createNativeQuery("UPDATE annotation SET " + column + " = NULL "
                        + "WHERE user_id = ?1 AND item_kind = ?2 AND item_id = ?3")
                : entityManager.createNativeQuery(UPSERT.formatted(column)).setParameter(4, value);
        query.setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, itemId).executeUpdate();
    }
}
