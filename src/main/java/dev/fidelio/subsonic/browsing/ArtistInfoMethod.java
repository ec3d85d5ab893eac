package dev.fidelio.subsonic.browsing;

import java.util.List;

import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.Similarity;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.NumberParameters;

/**
 * getArtistInfo and getArtistInfo2: what the library knows of an artist (their MusicBrainz id) and the artists most
 * like them in it ({@link Similarity}). Without an online service there is no biography and no image URL: apps show
 * the artist's cover art by its id instead. {@code includeNotPresent} changes nothing: every artist known is present.
 */
abstract class ArtistInfoMethod implements SubsonicMethod {

    private static final int DEFAULT_COUNT = 20;
    private static final int MAX_COUNT = 500;

    private final Listeners listeners;
    private final SeedItems seeds;
    private final Similarity similarity;

    ArtistInfoMethod(Listeners listeners, SeedItems seeds, Similarity similarity) {
        this.listeners = listeners;
        this.seeds = seeds;
        this.similarity = similarity;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        ArtistItem artist = seeds.artistOf(listener, ItemIds.required(request, "id"));
        int count = NumberParameters.count(request, "count", DEFAULT_COUNT, MAX_COUNT);
        List<ArtistItem> similar = similarity.artists(listener.visible(), listener.userId(), artist.id(), count);
        return info(listener, artist, similar);
    }

    abstract Payload info(Listener listener, ArtistItem artist, List<ArtistItem> similar);
}
