package dev.fidelio.subsonic.playlists;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Playlists;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Inline;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/** A playlist with its songs, as getPlaylist and createPlaylist answer. */
record PlaylistWithSongs(@Inline PlaylistEntry playlist, List<Child> entry) {

    /** Builds the answer: the playlist as the caller sees it, with the songs they may see. */
    @ApplicationScoped
    static class Answers {

        private final Playlists playlists;
        private final Listeners listeners;
        private final SongEntries songs;

        Answers(Playlists playlists, Listeners listeners, SongEntries songs) {
            this.playlists = playlists;
            this.listeners = listeners;
            this.songs = songs;
        }

        Payload of(SubsonicRequest request, UUID playlistId) {
            long userId = request.caller().userId();
            Playlists.PlaylistInfo info = playlists.get(userId, playlistId);
            Listener listener = listeners.of(request);
            List<UUID> trackIds = playlists.entries(listener.visible(), Set.of(playlistId)).getOrDefault(playlistId, List.of());
            return Payload.of("playlist", new PlaylistWithSongs(PlaylistEntry.of(info, userId), songs.byIds(listener, trackIds)));
        }
    }
}
