package dev.fidelio.subsonic.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.NowPlaying;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Inline;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/**
 * What everyone is listening to now ({@link NowPlaying}), latest first: only songs in the caller's libraries. A
 * player is numbered by its user and name, the same number for as long as it plays.
 */
@ApplicationScoped
public class GetNowPlaying implements SubsonicMethod {

    record NowPlayingEntries(List<Entry> entry) {
    }

    record Entry(@Inline Child song, String username, int minutesAgo, int playerId, String playerName) {
    }

    private final Listeners listeners;
    private final NowPlaying nowPlaying;
    private final SongEntries songs;

    GetNowPlaying(Listeners listeners, NowPlaying nowPlaying, SongEntries songs) {
        this.listeners = listeners;
        this.nowPlaying = nowPlaying;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getNowPlaying";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        List<NowPlaying.Entry> playing = nowPlaying.list(listener.visible());
        Map<String, Child> byId = songs.byIds(listener, playing.stream().map(NowPlaying.Entry::trackId).toList()).stream()
                .collect(Collectors.toMap(Child::id, Function.identity(), (a, b) -> a));
        Instant now = Instant.now();
        List<Entry> entries = new ArrayList<>();
        for (NowPlaying.Entry entry : playing) {
            Child song = byId.get(entry.trackId().toString());
            if (song != null) {
                entries.add(new Entry(song, entry.username(), (int) Duration.between(entry.startedAt(), now).toMinutes(),
                        Objects.hash(entry.userId(), entry.client()) & Integer.MAX_VALUE, entry.client()));
            }
        }
        return Payload.of("nowPlaying", new NowPlayingEntries(entries));
    }
}
