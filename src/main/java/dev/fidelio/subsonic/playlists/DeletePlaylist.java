package dev.fidelio.subsonic.playlists;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Playlists;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Deletes a playlist: the caller's own, or any public one for an administrator. */
@ApplicationScoped
public class DeletePlaylist implements SubsonicMethod {

    private final Playlists playlists;

    DeletePlaylist(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public String name() {
        return "deletePlaylist";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        playlists.delete(request.caller().userId(), request.id("id"));
        return Payload.EMPTY;
    }
}
