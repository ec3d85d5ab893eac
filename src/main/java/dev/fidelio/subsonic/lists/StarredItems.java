package dev.fidelio.subsonic.lists;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumOrder;
import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.TrackOrder;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.shapes.Listener;

/** What the caller starred, all of it (Subsonic does not page it): artists and albums by name, songs album by album. */
@ApplicationScoped
class StarredItems {

    record Starred(List<ArtistItem> artists, List<AlbumItem> albums, List<TrackItem> tracks) {
    }

    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final TrackQueries tracks;

    StarredItems(ArtistQueries artists, AlbumQueries albums, TrackQueries tracks) {
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
    }

    Starred of(Listener listener) {
        return new Starred(artists.list(listener.visible(), listener.userId(), SongFilters.starred(), 0, Integer.MAX_VALUE),
                albums.list(listener.visible(), listener.userId(), SongFilters.starred(), AlbumOrder.NAME, 0, Integer.MAX_VALUE),
                tracks.list(listener.visible(), listener.userId(), SongFilters.starred(), TrackOrder.ALBUM, 0, Integer.MAX_VALUE));
    }
}
