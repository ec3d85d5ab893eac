package dev.fidelio.subsonic.browsing;

import jakarta.inject.Singleton;

import dev.fidelio.library.Similarity;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

// A singleton: it shares its base class's final fields, which a client proxy could not.
@Singleton
public class GetSimilarSongs2 extends SimilarSongsMethod {

    GetSimilarSongs2(Listeners listeners, SeedItems seeds, Similarity similarity, SongEntries songs) {
        super(listeners, seeds, similarity, songs);
    }

    @Override
    public String name() {
        return "getSimilarSongs2";
    }

    @Override
    boolean anySeed() {
        return false;
    }

    @Override
    String payloadName() {
        return "similarSongs2";
    }
}
