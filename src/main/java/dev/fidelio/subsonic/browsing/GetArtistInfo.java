package dev.fidelio.subsonic.browsing;

import java.util.List;

import jakarta.inject.Singleton;

import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.Similarity;
import dev.fidelio.subsonic.response.ChildElement;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Artist;
import dev.fidelio.subsonic.shapes.ArtistEntries;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;

/** An artist's info with similar artists of the folder view. */
// A singleton: it shares its base class's final fields, which a client proxy could not.
@Singleton
public class GetArtistInfo extends ArtistInfoMethod {

    /** No biography, Last.fm URL or image URLs: those would come from an online service. */
    record ArtistInfo(@ChildElement String musicBrainzId, List<Artist> similarArtist) {
    }

    private final ArtistEntries entries;

    GetArtistInfo(Listeners listeners, SeedItems seeds, Similarity similarity, ArtistEntries entries) {
        super(listeners, seeds, similarity);
        this.entries = entries;
    }

    @Override
    public String name() {
        return "getArtistInfo";
    }

    @Override
    Payload info(Listener listener, ArtistItem artist, List<ArtistItem> similar) {
        return Payload.of("artistInfo", new ArtistInfo(artist.mbid(), entries.forFolderView(listener, similar)));
    }
}
