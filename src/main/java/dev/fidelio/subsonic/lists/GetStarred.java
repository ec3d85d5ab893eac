package dev.fidelio.subsonic.lists;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.AlbumEntries;
import dev.fidelio.subsonic.shapes.ArtistEntries;
import dev.fidelio.subsonic.shapes.FolderViewResults;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/** The caller's starred artists, albums and songs, as the folder view shows them. */
@ApplicationScoped
public class GetStarred implements SubsonicMethod {

    private final Listeners listeners;
    private final StarredItems starred;
    private final ArtistEntries artists;
    private final AlbumEntries albums;
    private final SongEntries songs;

    GetStarred(Listeners listeners, StarredItems starred, ArtistEntries artists, AlbumEntries albums, SongEntries songs) {
        this.listeners = listeners;
        this.starred = starred;
        this.artists = artists;
        this.albums = albums;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getStarred";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        StarredItems.Starred items = starred.of(listener);
        return Payload.of("starred", new FolderViewResults(artists.forFolderView(listener, items.artists()),
                albums.directories(listener, items.albums()), songs.of(listener, items.tracks())));
    }
}
