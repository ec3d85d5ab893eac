package dev.fidelio.library;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Playlists and their entries. An entry names a track by id, so it follows the track through rescans and moves;
 * an entry whose track is away is kept and not shown.
 */
@ApplicationScoped
public class Playlists {

    public static final int MAX_ENTRIES = 50_000;

    private final EntityManager entityManager;

    Playlists(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Playlist create(long ownerId, String name, List<UUID> trackIds) {
        if (name == null || name.isBlank() || name.length() > 500) {
            throw new IllegalArgumentException("A playlist needs a name of 1 to 500 characters");
        }
        if (trackIds.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("A playlist holds at most " + MAX_ENTRIES + " tracks");
        }
        trackIds.forEach(id -> {
            if (Track.findById(id) == null) {
                throw new NoSuchItemException(ItemKind.track, id);
            }
        });
        Playlist playlist = new Playlist();
        playlist.ownerId = ownerId;
        playlist.name = name.strip();
        playlist.persist();
        for (int position = 0; position < trackIds.size(); position++) {
            entityManager.createNativeQuery("INSERT INTO playlist_entry (playlist_id, position, track_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, playlist.id).setParameter(2, position).setParameter(3, trackIds.get(position))
                    .executeUpdate();
        }
        return playlist;
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

    /** The playlist's tracks that are in the library now, in playlist order; a track listed twice comes twice. */
    @Transactional
    public List<Track> tracks(UUID playlistId) {
        List<UUID> order = entityManager.createNativeQuery("SELECT e.track_id FROM playlist_entry e JOIN track t ON t.id = e.track_id "
                + "WHERE e.playlist_id = ?1 ORDER BY e.position", UUID.class).setParameter(1, playlistId).getResultList();
        Map<UUID, Track> byId = Track.<Track>list("id IN ?1", order).stream().collect(Collectors.toMap(t -> t.id, t -> t));
        return order.stream().map(byId::get).toList();
    }
}
