package dev.fidelio.library;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Tracks a user lets people without an account hear, until the share expires. What is shared is fixed when the share
 * is made: a track, an album's tracks, a playlist's tracks, in that order. Visitors see only those of the tracks
 * their owner may still see, so a share never opens more than its owner could.
 */
@ApplicationScoped
public class Shares {

    public static final int MAX_DESCRIPTION = 5_000;
    /** A share without an expiry asked for lasts this long: a public link should not stay open by forgetfulness. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    /** The longest a share may last. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(3653);

    /** A share; {@code trackIds} as it was made, including tracks away now. */
    public record Share(UUID id, long ownerId, String ownerName, String description, List<UUID> trackIds, Instant createdAt,
            Instant expiresAt, Instant lastVisitedAt, int visitCount) {

        public boolean expired(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    private static final String COLUMNS = "s.id, s.owner_id, u.username, s.description, s.track_ids, s.created_at, s.expires_at, "
            + "s.last_visited_at, s.visit_count FROM share s JOIN app_user u ON u.id = s.owner_id";

    private final EntityManager entityManager;
    private final LibraryAccess access;
    private final Nodes nodes;
    private final TrackQueries tracks;
    private final Playlists playlists;

    Shares(EntityManager entityManager, LibraryAccess access, Nodes nodes, TrackQueries tracks, Playlists playlists) {
        this.entityManager = entityManager;
        this.access = access;
        this.nodes = nodes;
        this.tracks = tracks;
        this.playlists = playlists;
    }

    /**
     * Shares the tracks {@code itemIds} name (tracks, albums, playlists the owner may see), until {@code expiresAt}, or
     * for {@link #DEFAULT_LIFETIME} when it is null.
     */
    @Transactional
    public Share create(long ownerId, Collection<UUID> itemIds, String description, Instant expiresAt) {
        List<UUID> trackIds = new ArrayList<>();
        VisibleLibraries visible = access.of(ownerId);
        for (UUID id : itemIds) {
            trackIds.addAll(tracksOf(ownerId, visible, id));
        }
        if (trackIds.isEmpty()) {
            throw new IllegalArgumentException("Nothing to share: the albums or playlists named have no tracks");
        }
        if (trackIds.size() > Playlists.MAX_ENTRIES) {
            throw new IllegalArgumentException("A share holds at most " + Playlists.MAX_ENTRIES + " tracks");
        }
        UUID id = Rows.uuid(entityManager.createNativeQuery("INSERT INTO share (owner_id, description, track_ids, expires_at) "
                + "VALUES (?1, ?2, ?3, ?4) RETURNING id").setParameter(1, ownerId).setParameter(2, description(description))
                .setParameter(3, trackIds.toArray(UUID[]::new))
                .setParameter(4, Timestamp.from(expiry(expiresAt == null ? Instant.now().plus(DEFAULT_LIFETIME) : expiresAt)))
                .getSingleResult());
        return find(id).orElseThrow();
    }

    /** The user's own shares, newest first. */
    @Transactional
    public List<Share> of(long userId) {
        return shares(new Sql("SELECT " + COLUMNS + " WHERE s.owner_id = ? ORDER BY s.created_at DESC, s.id", userId));
    }

    @Transactional
    public Optional<Share> find(UUID id) {
        return shares(new Sql("SELECT " + COLUMNS + " WHERE s.id = ?", id)).stream().findFirst();
    }

    /** Changes the description and, when given, the expiry; by the owner or an admin. */
    @Transactional
    public void update(long userId, UUID id, String description, Instant expiresAt) {
        Share share = manageable(userId, id);
        entityManager.createNativeQuery("UPDATE share SET description = ?2, expires_at = ?3 WHERE id = ?1").setParameter(1, id)
                .setParameter(2, description == null ? share.description() : description(description))
                .setParameter(3, Timestamp.from(expiresAt == null ? share.expiresAt() : expiry(expiresAt))).executeUpdate();
    }

    /** Ends the share at once; by the owner or an admin. */
    @Transactional
    public void delete(long userId, UUID id) {
        manageable(userId, id);
        entityManager.createNativeQuery("DELETE FROM share WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** A visitor opens the share: counted, and the share given, when it exists and has not expired. */
    @Transactional
    public Optional<Share> visit(UUID id) {
        int counted = entityManager.createNativeQuery("UPDATE share SET visit_count = visit_count + 1, last_visited_at = now() "
                + "WHERE id = ?1 AND expires_at > now()").setParameter(1, id).executeUpdate();
        return counted == 0 ? Optional.empty() : find(id);
    }

    /** The share's tracks a visitor may hear now: those its owner may still see, in the share's order. */
    @Transactional
    public List<TrackItem> tracks(Share share) {
        var found = tracks.byIds(access.of(share.ownerId()), share.trackIds());
        return share.trackIds().stream().map(found::get).filter(track -> track != null).toList();
    }

    private List<UUID> tracksOf(long ownerId, VisibleLibraries visible, UUID id) {
        NodeKind kind = nodes.kindOf(id).orElseThrow(() -> new NoSuchItemException("song, album or playlist", id));
        return switch (kind) {
            case TRACK -> {
                if (tracks.byIds(visible, Set.of(id)).isEmpty()) {
                    throw new NoSuchItemException(ItemKind.track, id);
                }
                yield List.of(id);
            }
            case ALBUM -> tracks.ofAlbums(visible, Set.of(id)).getOrDefault(id, List.of()).stream().map(TrackItem::id).toList();
            case PLAYLIST -> {
                if (playlists.readableBy(ownerId, Set.of(id)).isEmpty()) {
                    throw new NoSuchItemException("playlist", id);
                }
                yield playlists.entries(visible, Set.of(id)).getOrDefault(id, List.of());
            }
            default -> throw new IllegalArgumentException("Songs, albums and playlists can be shared; " + id + " is a "
                    + kind.name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private Share manageable(long userId, UUID id) {
        Share share = find(id).orElseThrow(() -> new NoSuchItemException("share", id));
        if (share.ownerId() != userId) {
            boolean admin = !entityManager.createNativeQuery("SELECT 1 FROM app_user WHERE id = ?1 AND role = 'admin'")
                    .setParameter(1, userId).getResultList().isEmpty();
            if (!admin) {
                throw new NoSuchItemException("share", id);
            }
        }
        return share;
    }

    private static String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("A share's description has at most " + MAX_DESCRIPTION + " characters");
        }
        return description == null || description.isBlank() ? null : description.strip();
    }

    private static Instant expiry(Instant expiresAt) {
        Instant now = Instant.now();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new IllegalArgumentException("A share expires in the future, within " + MAX_LIFETIME.toDays() + " days");
        }
        return expiresAt;
    }

    private List<Share> shares(Sql sql) {
        return sql.rows(entityManager).stream().map(r -> new Share(Rows.uuid(r[0]), Rows.longValue(r[1]), Rows.text(r[2]),
                Rows.text(r[3]), List.of((UUID[]) r[4]), Rows.instant(r[5]), Rows.instant(r[6]), Rows.instant(r[7]),
                Rows.integer(r[8]))).toList();
    }
}
