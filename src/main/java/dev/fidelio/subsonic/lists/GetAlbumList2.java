package dev.fidelio.subsonic.lists;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.AlbumEntries;
import dev.fidelio.subsonic.shapes.AlbumID3;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;

/** Albums of the ID3 view; see {@link AlbumLists}. */
@ApplicationScoped
public class GetAlbumList2 implements SubsonicMethod {

    record AlbumList2(List<AlbumID3> album) {
    }

    private final Listeners listeners;
    private final AlbumLists lists;
    private final AlbumEntries albums;

    GetAlbumList2(Listeners listeners, AlbumLists lists, AlbumEntries albums) {
        this.listeners = listeners;
        this.lists = lists;
        this.albums = albums;
    }

    @Override
    public String name() {
        return "getAlbumList2";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        return Payload.of("albumList2", new AlbumList2(albums.of(listener, lists.list(listener, request))));
    }
}
