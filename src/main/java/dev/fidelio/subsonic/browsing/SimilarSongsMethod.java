package dev.fidelio.subsonic.browsing;

import java.util.UUID;

import dev.fidelio.library.NodeKind;
import dev.fidelio.library.Similarity;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.NumberParameters;
import dev.fidelio.subsonic.shapes.SongEntries;
import dev.fidelio.subsonic.shapes.Songs;

/**
 * getSimilarSongs (an artist, album or song) and getSimilarSongs2 (an artist): a radio of songs like it from the
 * library itself ({@link Similarity#tracks}), in a random order weighted by likeness.
 */
abstract class SimilarSongsMethod implements SubsonicMethod {

    private static final int DEFAULT_COUNT = 50;
    private static final int MAX_COUNT = 500;

    private final Listeners listeners;
    private final SeedItems seeds;
    private final Similarity similarity;
    private final SongEntries songs;

    SimilarSongsMethod(Listeners listeners, SeedItems seeds, Similarity similarity, SongEntries songs) {
        this.listeners = listeners;
        this.seeds = seeds;
        this.similarity = similarity;
        this.songs = songs;
    }

    /** Whether the method takes album and song ids as well as artist ids. */
    abstract boolean anySeed();

    abstract String payloadName();

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        UUID id = ItemIds.required(request, "id");
        SeedItems.Seed seed = anySeed() ? seeds.seed(listener, id) : new SeedItems.Seed(NodeKind.ARTIST, seeds.artist(listener, id));
        int count = NumberParameters.count(request, "count", DEFAULT_COUNT, MAX_COUNT);
        return Payload.of(payloadName(), new Songs(songs.of(listener,
                similarity.tracks(listener.visible(), listener.userId(), seed.kind(), seed.id(), count))));
    }
}
