package dev.fidelio.subsonic.lists;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.AlbumEntries;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;

/** Albums of the folder view, as directories whose children (getMusicDirectory) are their songs; see {@link AlbumLists}. */
@ApplicationScoped
public class GetAlbumList implements SubsonicMethod {

    record AlbumList(List<Child> album) {
    }

    private final Listeners listeners;
    private final AlbumLists lists;
    private final AlbumEntries albums;

    GetAlbumList(Listeners listeners, AlbumLists lists, AlbumEntries albums) {
        this.listeners = listeners;
        this.lists = lists;
        this.albums = albums;
    }

    @Override
    public String name() {
        return "getAlbumList";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        return Payload.of("albumList", new AlbumList(albums.directories(listener, lists.list(listener, request))));
    }
}
