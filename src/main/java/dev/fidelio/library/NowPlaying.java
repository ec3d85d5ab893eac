package dev.fidelio.library;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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

import dev.fidelio.boot.FidelioConfig;
import io.smallrye.mutiny.Multi;

/**
 * Who is listening to what right now, one entry per user and player. An entry starts when a player starts a track
 * (a stream from its beginning, a now-playing scrobble), is replaced when that player starts another, and ends
 * when the track would have ended, plus a grace period. Kept in memory: it is about now, not history.
 */
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

    private final EntityManager entityManager;
    private final LibraryAccess access;
    private final Duration grace;
    /** Guarded by this. */
    private final Map<Player, Playing> playing = new HashMap<>();
    private final Broadcast<Change> changes = new Broadcast<>();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "fidelio-now-playing");
        t.setDaemon(true);
        return t;
    });

    NowPlaying(EntityManager entityManager, LibraryAccess access, FidelioConfig config) {
        this.entityManager = entityManager;
        this.access = access;
        this.grace = config.nowPlayingGrace();
        timer.setRemoveOnCancelPolicy(true);
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
        Instant now = Instant.now();
        return Optional.of(begin(player, new Entry(userId, (String) row[2], trackId, folder, player.client(), now,
                now.plus(length).plus(grace))));
    }

    /** What is playing now in the libraries {@code visible}, latest first. */
    public synchronized List<Entry> list(VisibleLibraries visible) {
        Instant now = Instant.now();
        return playing.values().stream().map(Playing::entry)
                .filter(e -> e.endsAt().isAfter(now) && visible.allows(e.musicFolderId()))
                .sorted(Comparator.comparing(Entry::startedAt).reversed()).toList();
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

    private synchronized Entry begin(Player player, Entry entry) {
        Playing before = playing.get(player);
        if (before != null && before.entry().trackId().equals(entry.trackId())) {
            return before.entry();
        }
        if (before != null) {
            before.end().cancel(false);
            changes.publish(new Change(before.entry(), false));
        }
        ScheduledFuture<?> end = timer.schedule(() -> end(player, entry),
                Math.max(0, Duration.between(entry.startedAt(), entry.endsAt()).toMillis()), TimeUnit.MILLISECONDS);
        playing.put(player, new Playing(entry, end));
        changes.publish(new Change(entry, true));
        return entry;
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
