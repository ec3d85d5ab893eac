package dev.fidelio.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Places in tracks a listener wants to come back to (audiobooks, long works), one per track. Kept while the track is
 * away, like stars; shown only for the tracks the user may see now.
 */
@ApplicationScoped
public class Bookmarks {

    public static final int MAX_COMMENT = 5_000;

    public record Bookmark(UUID trackId, long positionMillis, String comment, Instant createdAt, Instant changedAt) {
    }

    private final EntityManager entityManager;
    private final LibraryAccess access;

    Bookmarks(EntityManager entityManager, LibraryAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /** Sets the user's bookmark in the track, replacing the one there was. */
    @Transactional
    public void save(long userId, UUID trackId, long positionMillis, String comment) {
        if (positionMillis < 0 || positionMillis > PlayQueues.MAX_POSITION_MILLIS) {
            throw new IllegalArgumentException("A position in a track is 0 to " + PlayQueues.MAX_POSITION_MILLIS + " ms, not "
                    + positionMillis);
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A bookmark's comment has at most " + MAX_COMMENT + " characters");
        }
        VisibleTracks.require(entityManager, List.of(trackId), access.of(userId));
        entityManager.createNativeQuery("""
                INSERT INTO bookmark (user_id, track_id, position_ms, comment) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (user_id, track_id) DO UPDATE SET position_ms = EXCLUDED.position_ms, comment = EXCLUDED.comment,
                    changed_at = now()""")
                .setParameter(1, userId).setParameter(2, trackId).setParameter(3, positionMillis)
                .setParameter(4, comment == null || comment.isBlank() ? null : comment.strip()).executeUpdate();
    }

    /** The user's bookmarks in the tracks they may see, latest first. */
    @Transactional
    public List<Bookmark> of(long userId) {
        var query = entityManager.createNativeQuery("SELECT b.track_id, b.position_ms, b.comment, b.created_at, b.changed_at "
                + "FROM bookmark b JOIN track t ON t.id = b.track_id WHERE b.user_id = :user AND " + VisibleTracks.CONDITION
                + " ORDER BY b.changed_at DESC, b.track_id").setParameter("user", userId);
        List<Bookmark> bookmarks = new ArrayList<>();
        for (Object row : VisibleTracks.bind(query, access.of(userId)).getResultList()) {
            Object[] r = (Object[]) row;
            bookmarks.add(new Bookmark(Rows.uuid(r[0]), Rows.longValue(r[1]), Rows.text(r[2]), Rows.instant(r[3]), Rows.instant(r[4])));
        }
        return bookmarks;
    }

    /** Removes the user's bookmark in the track; one that is not there is no error, as it is gone either way. */
    @Transactional
    public void delete(long userId, UUID trackId) {
        entityManager.createNativeQuery("DELETE FROM bookmark WHERE user_id = ?1 AND track_id = ?2").setParameter(1, userId)
                .setParameter(2, trackId).executeUpdate();
    }
}
