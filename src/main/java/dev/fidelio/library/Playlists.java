package dev.fidelio.library;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Playlists and their entries. An entry names a track by id, so it follows the track through rescans and moves.
 * Every user sees their own playlists and the public ones of others, each with only the tracks that user may see;
 * an entry whose track is away, or in a library closed to the user, is kept and not shown. Positions are those the
 * user sees. Only the owner changes a playlist (an admin may also delete one); each change locks the playlist, so
 * that two at once cannot mix up its positions.
 */
@ApplicationScoped
public class Playlists {

    public static final int MAX_ENTRIES = 50_000;
    public static final int MAX_NAME = 500;
    public static final int MAX_COMMENT = 5_000;

    /**
     * A playlist as one user sees it: {@code trackCount} and {@code durationSeconds} count only the tracks that user
     * sees.
     */
    public record PlaylistInfo(UUID id, long ownerId, String ownerName, String name, String comment, boolean isPublic,
            Instant createdAt, Instant updatedAt, int trackCount, double durationSeconds) {

        /** The same playlist as the browsing read model, without the totals. */
        public PlaylistItem item() {
            return new PlaylistItem(id, ownerId, ownerName, name, comment, isPublic, createdAt, updatedAt);
        }
    }

    /** What an update sets; null leaves that as it is, and an empty comment removes it. */
    public record Changes(String name, String comment, Boolean isPublic) {
    }

    private static final String INFO = """
            SELECT p.id, p.owner_id, u.username, p.name, p.comment, p.public, p.created_at, p.updated_at, count(t.id),
                   coalesce(sum(t.duration_seconds), 0)
            FROM playlist p JOIN app_user u ON u.id = p.owner_id
            LEFT JOIN playlist_entry e ON e.playlist_id = p.id
            LEFT JOIN track t ON t.id = e.track_id AND %s
            WHERE (p.owner_id = :user OR p.public) %s
            GROUP BY p.id, u.username
            ORDER BY lower(p.name), p.id""";

    private final EntityManager entityManager;
    private final LibraryAccess access;

    Playlists(EntityManager entityManager, LibraryAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    @Transactional
    public PlaylistInfo create(long ownerId, String name, List<UUID> trackIds) {
        if (entityManager.createNativeQuery("SELECT 1 FROM app_user WHERE id = ?1").setParameter(1, ownerId).getResultList().isEmpty()) {
            throw new IllegalArgumentException("No user with id " + ownerId);
        }
        Playlist playlist = new Playlist();
        playlist.ownerId = ownerId;
        playlist.name = validName(name);
        checkSize(trackIds.size());
        VisibleTracks.require(entityManager, trackIds, access.of(ownerId));
        playlist.persist();
        append(playlist.id, 0, trackIds);
        return get(ownerId, playlist.id);
    }

    /** The user's own playlists and the public ones of others, by name. */
    @Transactional
    public List<PlaylistInfo> visibleTo(long userId) {
        return infos(userId, null);
    }

    /** A playlist the user owns, or a public one. */
    @Transactional
    public PlaylistInfo get(long userId, UUID playlistId) {
        return infos(userId, playlistId).stream().findFirst().orElseThrow(() -> new NoSuchItemException("playlist", playlistId));
    }

    /** The tracks the user sees, in playlist order; a track listed twice comes twice. */
    @Transactional
    public List<Track> tracks(long userId, UUID playlistId) {
        checkReadable(userId, playlistId, Playlist.findById(playlistId));
        VisibleLibraries visible = access.of(userId);
        return VisibleTracks.load(entityManager, entries(playlistId, visible).visibleTrackIds());
    }

    @Transactional
    public PlaylistInfo update(long userId, UUID playlistId, Changes changes) {
        Playlist playlist = editable(userId, playlistId);
        if (changes.name() != null) {
            playlist.name = validName(changes.name());
        }
        if (changes.comment() != null) {
            if (changes.comment().length() > MAX_COMMENT) {
                throw new IllegalArgumentException("A playlist's comment has at most " + MAX_COMMENT + " characters");
            }
            playlist.comment = changes.comment().isBlank() ? null : changes.comment().strip();
        }
        if (changes.isPublic() != null) {
            playlist.isPublic = changes.isPublic();
        }
        return touched(userId, playlist);
    }

    /** Adds tracks at a position the user sees (0 is first); at the end when {@code at} is null. */
    @Transactional
    public PlaylistInfo add(long userId, UUID playlistId, List<UUID> trackIds, Integer at) {
        checkSize(trackIds.size());
        VisibleTracks.require(entityManager, trackIds, access.of(userId));
        if (at != null) {
            return rearrange(userId, playlistId, entries -> entries.insert(at, trackIds));
        }
        // The common case, also for long playlists: nothing that is there moves.
        Playlist playlist = editable(userId, playlistId);
        int size = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM playlist_entry WHERE playlist_id = ?1")
                .setParameter(1, playlistId).getSingleResult()).intValue();
        checkSize((long) size + trackIds.size());
        append(playlistId, size, trackIds);
        return touched(userId, playlist);
    }

    /** Moves the entry at {@code from} so that it is at {@code to} afterwards. */
    @Transactional
    public PlaylistInfo move(long userId, UUID playlistId, int from, int to) {
        return rearrange(userId, playlistId, entries -> entries.move(from, to));
    }

    /** Removes the entries at these positions (as the user saw them before): one of two copies of a track goes. */
    @Transactional
    public PlaylistInfo remove(long userId, UUID playlistId, Collection<Integer> positions) {
        return rearrange(userId, playlistId, entries -> entries.remove(positions));
    }

    /** The tracks the user sees become these; entries the user does not see are kept, after them. */
    @Transactional
    public PlaylistInfo replace(long userId, UUID playlistId, List<UUID> trackIds) {
        checkSize(trackIds.size());
        VisibleTracks.require(entityManager, trackIds, access.of(userId));
        return rearrange(userId, playlistId, entries -> entries.replaceVisible(trackIds));
    }

    /** By its owner, or by an admin (a public playlist that should not be). */
    @Transactional
    public void delete(long userId, UUID playlistId) {
        Playlist playlist = lockedReadable(userId, playlistId);
        if (playlist.ownerId != userId && !isAdmin(userId)) {
            throw new NotAllowedException("Only its owner or an admin deletes the playlist '" + playlist.name + "'");
        }
        playlist.delete();
    }

    /** Reads the entries under the playlist's lock, changes them as the user sees them, and writes them back. */
    private PlaylistInfo rearrange(long userId, UUID playlistId, Consumer<PlaylistEntries> change) {
        Playlist playlist = editable(userId, playlistId);
        PlaylistEntries entries = entries(playlistId, access.of(userId));
        change.accept(entries);
        checkSize(entries.size());
        rewrite(playlistId, entries);
        return touched(userId, playlist);
    }

    private PlaylistInfo touched(long userId, Playlist playlist) {
        playlist.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.flush();
        return get(userId, playlist.id);
    }

    /** Locked until the transaction ends: edits of one playlist happen one after the other. */
    private Playlist lockedReadable(long userId, UUID playlistId) {
        return checkReadable(userId, playlistId, Playlist.findById(playlistId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Another user's private playlist is answered as if it did not exist. */
    private static Playlist checkReadable(long userId, UUID playlistId, Playlist playlist) {
        if (playlist == null || playlist.ownerId != userId && !playlist.isPublic) {
            throw new NoSuchItemException("playlist", playlistId);
        }
        return playlist;
    }

    private Playlist editable(long userId, UUID playlistId) {
        Playlist playlist = lockedReadable(userId, playlistId);
        if (playlist.ownerId != userId) {
            throw new NotAllowedException("Only its owner changes the playlist '" + playlist.name + "'");
        }
        return playlist;
    }

    private boolean isAdmin(long userId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM app_user WHERE id = ?1 AND role = 'admin'").setParameter(1, userId)
                .getResultList().isEmpty();
    }

    private PlaylistEntries entries(UUID playlistId, VisibleLibraries visible) {
        List<?> rows = VisibleTracks.bind(entityManager.createNativeQuery("SELECT e.track_id, t.id IS NOT NULL AND "
                + VisibleTracks.CONDITION + " FROM playlist_entry e LEFT JOIN track t ON t.id = e.track_id "
                + "WHERE e.playlist_id = :playlist ORDER BY e.position"), visible)
                .setParameter("playlist", playlistId).getResultList();
        return new PlaylistEntries(rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new PlaylistEntries.Entry((UUID) r[0], Boolean.TRUE.equals(r[1]));
        }).toList());
    }

    /** Positions stay 0 to n-1, so that appending needs nothing but the count. */
    private void append(UUID playlistId, int from, List<UUID> trackIds) {
        if (!trackIds.isEmpty()) {
            entityManager.createNativeQuery("INSERT INTO playlist_entry (playlist_id, position, track_id) "
                    + "SELECT ?1, ?2 + ordinality - 1, id FROM unnest(?3) WITH ORDINALITY AS added (id, ordinality)")
                    .setParameter(1, playlistId).setParameter(2, from).setParameter(3, trackIds.toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    private void rewrite(UUID playlistId, PlaylistEntries entries) {
        entityManager.createNativeQuery("DELETE FROM playlist_entry WHERE playlist_id = ?1").setParameter(1, playlistId)
                .executeUpdate();
        append(playlistId, 0, entries.trackIds());
    }

    private List<PlaylistInfo> infos(long userId, UUID playlistId) {
        var query = entityManager.createNativeQuery(INFO.formatted(VisibleTracks.CONDITION, playlistId == null ? "" : "AND p.id = :id"))
                .setParameter("user", userId);
        if (playlistId != null) {
            query.setParameter("id", playlistId);
        }
        List<?> rows = VisibleTracks.bind(query, access.of(userId)).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new PlaylistInfo((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                    (Boolean) r[5], Rows.instant(r[6]), Rows.instant(r[7]), ((Number) r[8]).intValue(),
                    ((Number) r[9]).doubleValue());
        }).toList();
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A playlist needs a name of 1 to " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    private static void checkSize(long entries) {
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("A playlist holds at most " + MAX_ENTRIES + " tracks");
        }
    }

    private static final String PLAYLIST_COLUMNS = "p.id, p.owner_id, (SELECT u.username FROM app_user u WHERE u.id = p.owner_id), p.name, "
            + "p.comment, p.public, p.created_at, p.updated_at";

    /** The playlists {@code userId} may read: their own and everyone's public ones, by name. */
    @Transactional
    public List<PlaylistItem> readableBy(long userId) {
        return playlistItems(new Sql("SELECT " + PLAYLIST_COLUMNS + " FROM playlist p WHERE p.owner_id = ? OR p.public "
                + "ORDER BY lower(p.name), p.id", userId));
    }

    /** Those of {@code ids} that {@code userId} may read. */
    @Transactional
    public Map<UUID, PlaylistItem> readableBy(long userId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return playlistItems(new Sql("SELECT " + PLAYLIST_COLUMNS + " FROM playlist p WHERE p.id = ANY(?) AND (p.owner_id = ? OR p.public)",
                Rows.uuids(ids), userId)).stream().collect(Collectors.toMap(PlaylistItem::id, p -> p));
    }

    /** Each playlist's entries in order, as track ids, keeping only the tracks the caller can see now. */
    @Transactional
    public Map<UUID, List<UUID>> entries(VisibleLibraries visible, Collection<UUID> playlistIds) {
        if (playlistIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(new Sql("SELECT e.playlist_id, e.track_id FROM playlist_entry e JOIN track t ON t.id = e.track_id "
                + "WHERE e.playlist_id = ANY(?) AND ", (Object) Rows.uuids(playlistIds)).add(TrackFilters.visibleOnly(visible))
                .add(" ORDER BY e.playlist_id, e.position").rows(entityManager), r -> Rows.uuid(r[1]));
    }

    private List<PlaylistItem> playlistItems(Sql sql) {
        return sql.rows(entityManager).stream().map(r -> new PlaylistItem(Rows.uuid(r[0]), Rows.longValue(r[1]), Rows.text(r[2]),
                Rows.text(r[3]), Rows.text(r[4]), Rows.bool(r[5]), Rows.instant(r[6]), Rows.instant(r[7]))).toList();
    }
}
