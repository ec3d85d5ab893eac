package dev.fidelio.subsonic.browsing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.AlbumEntries;
import dev.fidelio.subsonic.shapes.AlbumID3WithSongs;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/** An album with its songs in disc and track order; only the tracks the caller may see. */
@ApplicationScoped
public class GetAlbum implements SubsonicMethod {

    private final Listeners listeners;
    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final AlbumEntries albumEntries;
    private final SongEntries songEntries;

    GetAlbum(Listeners listeners, AlbumQueries albums, TrackQueries tracks, AlbumEntries albumEntries, SongEntries songEntries) {
        this.listeners = listeners;
        this.albums = albums;
        this.tracks = tracks;
        this.albumEntries = albumEntries;
        this.songEntries = songEntries;
    }

    @Override
    public String name() {
        return "getAlbum";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        UUID id = ItemIds.required(request, "id");
        AlbumItem album = albums.byIds(listener.visible(), List.of(id)).get(id);
        if (album == null) {
            throw ItemIds.notFound(id.toString());
        }
        return Payload.of("album", new AlbumID3WithSongs(albumEntries.of(listener, List.of(album)).get(0),
                songEntries.of(listener, tracks.ofAlbums(listener.visible(), List.of(id)).getOrDefault(id, List.of()))));
    }
}
