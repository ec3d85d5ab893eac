package dev.fidelio.subsonic.browsing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.AlbumEntries;
import dev.fidelio.subsonic.shapes.ArtistEntries;
import dev.fidelio.subsonic.shapes.ArtistWithAlbumsID3;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;

/** An artist with the albums they are on in any part (album artist, credited, composer), oldest first. */
@ApplicationScoped
public class GetArtist implements SubsonicMethod {

    private final Listeners listeners;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final ArtistEntries artistEntries;
    private final AlbumEntries albumEntries;

    GetArtist(Listeners listeners, ArtistQueries artists, AlbumQueries albums, ArtistEntries artistEntries, AlbumEntries albumEntries) {
        this.listeners = listeners;
        this.artists = artists;
        this.albums = albums;
        this.artistEntries = artistEntries;
        this.albumEntries = albumEntries;
    }

    @Override
    public String name() {
        return "getArtist";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        UUID id = ItemIds.required(request, "id");
        ArtistItem artist = artists.byIds(listener.visible(), List.of(id)).get(id);
        if (artist == null) {
            throw ItemIds.notFound(id.toString());
        }
        return Payload.of("artist", new ArtistWithAlbumsID3(artistEntries.of(listener, List.of(artist)).get(0),
                albumEntries.of(listener, albums.ofArtistsInAnyRole(listener.visible(), List.of(id)).getOrDefault(id, List.of()))));
    }
}
