package dev.fidelio.subsonic.searching;

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

/** Search with the results as the folder view shows them; see {@link SearchedItems}. */
@ApplicationScoped
public class Search2 implements SubsonicMethod {

    private final Listeners listeners;
    private final SearchedItems searched;
    private final ArtistEntries artists;
    private final AlbumEntries albums;
    private final SongEntries songs;

    Search2(Listeners listeners, SearchedItems searched, ArtistEntries artists, AlbumEntries albums, SongEntries songs) {
        this.listeners = listeners;
        this.searched = searched;
        this.artists = artists;
        this.albums = albums;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "search2";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        SearchedItems.Found found = searched.search(listener, request);
        return Payload.of("searchResult2", new FolderViewResults(artists.forFolderView(listener, found.artists()),
                albums.directories(listener, found.albums()), songs.of(listener, found.tracks())));
    }
}
