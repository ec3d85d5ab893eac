package dev.fidelio.subsonic.browsing;

import jakarta.inject.Singleton;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.subsonic.shapes.Listeners;

// A singleton: it shares its base class's final fields, which a client proxy could not.
@Singleton
public class GetAlbumInfo extends AlbumInfoMethod {

    GetAlbumInfo(Listeners listeners, SeedItems seeds, AlbumQueries albums) {
        super(listeners, seeds, albums);
    }

    @Override
    public String name() {
        return "getAlbumInfo";
    }
}
