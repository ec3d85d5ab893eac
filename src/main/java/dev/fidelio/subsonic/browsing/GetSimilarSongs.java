package dev.fidelio.subsonic.browsing;

import jakarta.inject.Singleton;

import dev.fidelio.library.Similarity;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

// A singleton: it shares its base class's final fields, which a client proxy could not.
@Singleton
public class GetSimilarSongs extends SimilarSongsMethod {

    GetSimilarSongs(Listeners listeners, SeedItems seeds, Similarity similarity, SongEntries songs) {
        super(listeners, seeds, similarity, songs);
    }

    @Override
    public String name() {
        return "getSimilarSongs";
    }

    @Override
    boolean anySeed() {
        return true;
    }

    @Override
    String payloadName() {
        return "similarSongs";
    }
}
