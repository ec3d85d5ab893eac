package dev.fidelio.library;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fidelio.boot.FidelioConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;

/**
 * Who is listening to what right now, one entry per user and player. An entry starts when a player starts a track
 * (a stream from its beginning, a now-playing scrobble), is replaced when that player starts another, and ends
 * when the track would have ended, plus a grace period. The entries are in the database (table now_playing), so that
 * every server sharing it lists every server's listeners; each server keeps a copy in memory for the stream of
 * changes, fed by its own players and by what the others tell it ({@link NodeEvents}).
 */
@Startup // to listen to the other servers from the start, not from the first use
@ApplicationScoped
public class NowPlaying {

    /** For a track whose length is not known. */
    static final Duration UNKNOWN_LENGTH = Duration.ofMinutes(10);
    public static final int MAX_CLIENT_NAME = 200;

    /** {@code client} names the player (a Subsonic app's name, a browser's user agent); null when it did not say. */
    public record Entry(long userId, String username, UUID trackId, long musicFolderId, String client, Instant startedAt,
            Instant endsAt) {
    }

    /** An entry that began ({@code playing}) or ended, by running out or by being replaced. */
    public record Change(Entry entry, boolean playing) {
    }

    private record Player(long userId, String client) {
    }

    private record Playing(Entry entry, ScheduledFuture<?> end) {
    }

    private static final String CHANNEL = "now_playing";

    private final EntityManager entityManager;
    private final LibraryAccess access;
    private final Duration grace;
    private final NodeEvents events;
    private final ObjectMapper json;
    /** Guarded by this. */
    private final Map<Player, Playing> playing = new HashMap<>();
    private final Broadcast<Change> changes = new Broadcast<>();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "fidelio-now-playing");
        t.setDaemon(true);
        return t;
    });

    NowPlaying(EntityManager entityManager, LibraryAccess access, FidelioConfig config, NodeEvents events, ObjectMapper json) {
        this.entityManager = entityManager;
        this.access = access;
        this.grace = config.nowPlayingGrace();
        this.events = events;
        this.json = json;
        timer.setRemoveOnCancelPolicy(true);
        events.listen(CHANNEL, this::heard);
    }

    /**
     * The user's player {@code client} started the track. The same track again on the same player, before its
     * entry ended, is the same listening going on (players fetch one track in several requests) and changes nothing.
     * A track the user may not see is not shown to anyone: the answer is then empty.
     */
    public Optional<Entry> started(long userId, UUID trackId, String client) {
        Player player = new Player(userId, clientName(client));
        Optional<Entry> goingOn = goingOn(player, trackId);
        if (goingOn.isPresent()) {
            return goingOn;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT t.music_folder_id, t.duration_seconds, u.username "
                + "FROM track t CROSS JOIN app_user u WHERE t.id = ?1 AND u.id = ?2")
                .setParameter(1, trackId).setParameter(2, userId).getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchItemException(ItemKind.track, trackId);
        }
        Object[] row = (Object[]) rows.get(0);
        long folder = ((Number) row[0]).longValue();
        if (!access.of(userId).allows(folder)) {
            return Optional.empty();
        }
        Duration length = row[1] == null ? UNKNOWN_LENGTH : Duration.ofMillis(Math.round(((Number) row[1]).doubleValue() * 1000));
        // The database keeps microseconds: an entry read back must equal the one made.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Entry asked = new Entry(userId, (String) row[2], trackId, folder, player.client(), now, now.plus(length).plus(grace));
        Entry entry = QuarkusTransaction.joiningExisting().call(() -> record(player, asked));
        begin(player, entry);
        return Optional.of(entry);
    }

    /** What is playing now in the libraries {@code visible}, on any server, latest first. */
    public List<Entry> list(VisibleLibraries visible) {
        List<?> rows = entityManager.createNativeQuery(SELECT_ENTRIES + " WHERE np.ends_at > ?1 ORDER BY np.started_at DESC")
                .setParameter(1, Timestamp.from(Instant.now())).getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).filter(e -> visible.allows(e.musicFolderId())).toList();
    }

    /** Entries beginning and ending from now on, in the libraries {@code visible}. */
    public Multi<Change> changes(VisibleLibraries visible) {
        return changes.all().select().where(change -> visible.allows(change.entry().musicFolderId()));
    }

    /** The entry of this player's listening to this track, if it goes on: then nothing needs to be looked up. */
    private synchronized Optional<Entry> goingOn(Player player, UUID trackId) {
        Playing now = playing.get(player);
        return now != null && now.entry().trackId().equals(trackId) ? Optional.of(now.entry()) : Optional.empty();
    }

    /**
     * Into the table, and told to the other servers; unless the player's listening to this track goes on there,
     * begun on another server before this one heard of it.
     */
    private Entry record(Player player, Entry entry) {
        Optional<Entry> before = stored(player);
        if (before.isPresent() && before.get().trackId().equals(entry.trackId()) && before.get().endsAt().isAfter(entry.startedAt())) {
            return before.get();
        }
        store(entry);
        events.send(CHANNEL, encode(entry));
        return entry;
    }

    private static final String SELECT_ENTRIES = "SELECT np.user_id, u.username, np.track_id, np.music_folder_id, np.client,"
            + " np.started_at, np.ends_at FROM now_playing np JOIN app_user u ON u.id = np.user_id";

    private Optional<Entry> stored(Player player) {
        List<?> rows = entityManager.createNativeQuery(SELECT_ENTRIES + " WHERE np.user_id = ?1 AND np.client = ?2 FOR UPDATE OF np")
                .setParameter(1, player.userId()).setParameter(2, columnOf(player.client())).getResultList();
        return rows.stream().findFirst().map(r -> entry((Object[]) r));
    }

    /** Replaces the player's entry, and clears those that are over. */
    private void store(Entry entry) {
        entityManager.createNativeQuery("INSERT INTO now_playing (user_id, client, track_id, music_folder_id, started_at, ends_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (user_id, client) DO UPDATE SET track_id = EXCLUDED.track_id,"
                + " music_folder_id = EXCLUDED.music_folder_id, started_at = EXCLUDED.started_at, ends_at = EXCLUDED.ends_at")
                .setParameter(1, entry.userId()).setParameter(2, columnOf(entry.client())).setParameter(3, entry.trackId())
                .setParameter(4, entry.musicFolderId()).setParameter(5, Timestamp.from(entry.startedAt()))
                .setParameter(6, Timestamp.from(entry.endsAt())).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM now_playing WHERE ends_at < ?1").setParameter(1, Timestamp.from(entry.startedAt()))
                .executeUpdate();
    }

    private static Entry entry(Object[] r) {
        String client = Rows.text(r[4]);
        return new Entry(Rows.longValue(r[0]), Rows.text(r[1]), Rows.uuid(r[2]), Rows.longValue(r[3]),
                client.isEmpty() ? null : client, Rows.instant(r[5]), Rows.instant(r[6]));
    }

    /** The column has no nulls, so that a player without a name is one key. */
    private static String columnOf(String client) {
        return client == null ? "" : client;
    }

    /** Another server's player started a track. */
    private void heard(String message) {
        Entry entry;
        try {
            entry = json.readValue(message, Entry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an entry of now playing: " + e.getOriginalMessage(), e);
        }
        begin(new Player(entry.userId(), entry.client()), entry);
    }

    private String encode(Entry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An entry of now playing is plain data", e);
        }
    }

    /** Into this server's copy, in place of the player's entry before, telling the subscribers. */
    private synchronized void begin(Player player, Entry entry) {
        Playing before = playing.get(player);
        if (before != null) {
            before.end().cancel(false);
            changes.publish(new Change(before.entry(), false));
        }
        ScheduledFuture<?> end = timer.schedule(() -> end(player, entry),
                Math.max(0, Duration.between(Instant.now(), entry.endsAt()).toMillis()), TimeUnit.MILLISECONDS);
        playing.put(player, new Playing(entry, end));
        changes.publish(new Change(entry, true));
    }

    private synchronized void end(Player player, Entry entry) {
        Playing now = playing.get(player);
        if (now != null && now.entry().equals(entry)) {
            playing.remove(player);
            changes.publish(new Change(entry, false));
        }
    }

    private static String clientName(String client) {
        if (client == null || client.isBlank()) {
            return null;
        }
        String name = client.strip();
        return name.length() > MAX_CLIENT_NAME ? name.substring(0, MAX_CLIENT_NAME) : name;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
