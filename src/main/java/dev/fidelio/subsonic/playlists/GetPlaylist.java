package dev.fidelio.subsonic.playlists;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** One of the caller's playlists or a public one, with the songs the caller may see, in order. */
@ApplicationScoped
public class GetPlaylist implements SubsonicMethod {

    private final PlaylistWithSongs.Answers answers;

    GetPlaylist(PlaylistWithSongs.Answers answers) {
        this.answers = answers;
    }

    @Override
    public String name() {
        return "getPlaylist";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return answers.of(request, request.id("id"));
    }
}
