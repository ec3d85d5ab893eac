package dev.fidelio.subsonic.browsing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/** One song with everything known about it. */
@ApplicationScoped
public class GetSong implements SubsonicMethod {

    private final Listeners listeners;
    private final SongEntries songs;

    GetSong(Listeners listeners, SongEntries songs) {
        this.listeners = listeners;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getSong";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        UUID id = ItemIds.required(request, "id");
        List<Child> found = songs.byIds(listeners.of(request), List.of(id));
        if (found.isEmpty()) {
            throw ItemIds.notFound(id.toString());
        }
        return Payload.of("song", found.get(0));
    }
}
