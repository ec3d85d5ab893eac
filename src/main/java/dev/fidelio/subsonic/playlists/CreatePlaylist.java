package dev.fidelio.subsonic.playlists;

import java.util.List;
import java.util.UUID;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.Playlists;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * Makes a playlist of the {@code songId}s named {@code name}; or, with {@code playlistId}, replaces the songs of one the
 * caller owns (and its name, when given). Answers with the playlist, as Subsonic does since 1.14.
 */
@ApplicationScoped
public class CreatePlaylist implements SubsonicMethod {

    private final Playlists playlists;
    private final PlaylistWithSongs.Answers answers;

    CreatePlaylist(Playlists playlists, PlaylistWithSongs.Answers answers) {
        this.playlists = playlists;
        this.answers = answers;
    }

    @Override
    public String name() {
        return "createPlaylist";
    }

    @Override
    @Transactional
    public Payload handle(SubsonicRequest request) {
        long userId = request.caller().userId();
        List<UUID> songs = request.ids("songId");
        Optional<String> name = request.optional("name");
        UUID id;
        try {
            if (request.optional("playlistId").isPresent()) {
                id = request.id("playlistId");
                name.ifPresent(newName -> playlists.update(userId, id, new Playlists.Changes(newName, null, null)));
                playlists.replace(userId, id, songs);
            } else {
                id = playlists.create(userId, name.orElseThrow(() -> SubsonicException.missing("name")), songs).id();
            }
        } catch (IllegalArgumentException e) {
            throw SubsonicException.refused(e);
        }
        return answers.of(request, id);
    }
}
