package dev.fidelio.subsonic.bookmarks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.PlayQueues;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/**
 * What the play queue methods share: saving the caller's queue with its current song by index, and reading it back
 * with the songs the caller may see.
 */
@ApplicationScoped
class QueueAnswers {

    /** The queue as read: its songs, the index of the current one (null for none), and who saved it when. */
    record Saved(List<Child> songs, Integer current, long positionMillis, String changedBy, Instant changed) {
    }

    private final PlayQueues queues;
    private final Listeners listeners;
    private final SongEntries songs;

    QueueAnswers(PlayQueues queues, Listeners listeners, SongEntries songs) {
        this.queues = queues;
        this.listeners = listeners;
        this.songs = songs;
    }

    /** Replaces the caller's queue; no songs clears it. The client's name ({@code c}) is who changed it. */
    void save(SubsonicRequest request, List<UUID> trackIds, Integer current) {
        long position = request.number("position", 0, PlayQueues.MAX_POSITION_MILLIS).orElse(0L);
        try {
            queues.save(request.caller().userId(), trackIds, current, position, clientName(request));
        } catch (IllegalArgumentException e) {
            throw SubsonicException.refused(e);
        }
    }

    /** The caller's queue; empty when none is saved. */
    Optional<Saved> get(SubsonicRequest request) {
        return queues.get(request.caller().userId()).map(queue -> new Saved(
                songs.byIds(listeners.of(request), queue.tracks().stream().map(track -> track.id).toList()), queue.current(),
                queue.positionMillis(), queue.changedBy() == null ? "" : queue.changedBy(), queue.changedAt()));
    }

    private static String clientName(SubsonicRequest request) {
        String client = request.client();
        return client.length() > PlayQueues.MAX_CLIENT_NAME ? client.substring(0, PlayQueues.MAX_CLIENT_NAME) : client;
    }
}
