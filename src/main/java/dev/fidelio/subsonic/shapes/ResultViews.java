package dev.fidelio.subsonic.shapes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.TrackItem;

/** Artists, albums and songs found or starred, in either of Subsonic's views. */
@ApplicationScoped
public class ResultViews {

    private final ArtistEntries artists;
    private final AlbumEntries albums;
    private final SongEntries songs;

    ResultViews(ArtistEntries artists, AlbumEntries albums, SongEntries songs) {
        this.artists = artists;
        this.albums = albums;
        this.songs = songs;
    }

    /** As search2 and getStarred show them: albums as directories. */
    public FolderViewResults folderView(Listener listener, List<ArtistItem> artistItems, List<AlbumItem> albumItems,
            List<TrackItem> tracks) {
        return new FolderViewResults(artists.forFolderView(listener, artistItems), albums.directories(listener, albumItems),
                songs.of(listener, tracks));
    }

    /** As search3 and getStarred2 show them. */
    public Id3Results id3View(Listener listener, List<ArtistItem> artistItems, List<AlbumItem> albumItems, List<TrackItem> tracks) {
        return new Id3Results(artists.of(listener, artistItems), albums.of(listener, albumItems), songs.of(listener, tracks));
    }
}
