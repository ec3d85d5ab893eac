package dev.fidelio.subsonic.browsing;

import java.util.List;
import java.util.UUID;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumQueries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.ChildElement;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;

/**
 * getAlbumInfo and getAlbumInfo2, which answer the same: what the library knows of the album of an album or song id,
 * its MusicBrainz release id. No notes and no image URLs without an online service; apps show its cover art by id.
 */
abstract class AlbumInfoMethod implements SubsonicMethod {

    /** Notes, a Last.fm URL and image URLs would come from an online service: none here. */
    record AlbumInfo(@ChildElement String musicBrainzId) {
    }

    private final Listeners listeners;
    private final SeedItems seeds;
    private final AlbumQueries albums;

    AlbumInfoMethod(Listeners listeners, SeedItems seeds, AlbumQueries albums) {
        this.listeners = listeners;
        this.seeds = seeds;
        this.albums = albums;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        UUID albumId = seeds.albumOf(listener, ItemIds.required(request, "id"));
        AlbumItem album = albums.byIds(listener.visible(), List.of(albumId)).get(albumId);
        if (album == null) {
            throw ItemIds.notFound(albumId.toString());
        }
        return Payload.of("albumInfo", new AlbumInfo(album.mbReleaseId()));
    }
}
