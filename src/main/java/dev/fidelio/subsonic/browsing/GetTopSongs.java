package dev.fidelio.subsonic.browsing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.OpenSubsonicExtension;
import dev.fidelio.subsonic.SubsonicException;
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
 * An artist's most played songs on this server, by every listener's plays ({@link TrackQueries#mostPlayed}), named
 * by {@code id} (OpenSubsonic's topSongsByArtistId) or by {@code artist}; an unknown name has no songs.
 */
@ApplicationScoped
public class GetTopSongs implements SubsonicMethod {

    private static final int DEFAULT_COUNT = 50;
    private static final int MAX_COUNT = 500;

    private final Listeners listeners;
    private final SeedItems seeds;
    private final ArtistQueries artists;
    private final TrackQueries tracks;
    private final SongEntries songs;

    GetTopSongs(Listeners listeners, SeedItems seeds, ArtistQueries artists, TrackQueries tracks, SongEntries songs) {
        this.listeners = listeners;
        this.seeds = seeds;
        this.artists = artists;
        this.tracks = tracks;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getTopSongs";
    }

    @Override
    public List<OpenSubsonicExtension> extensions() {
        return List.of(OpenSubsonicExtension.of("topSongsByArtistId", 1));
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        int count = NumberParameters.count(request, "count", DEFAULT_COUNT, MAX_COUNT);
        Optional<UUID> artist;
        if (request.optional("id").isPresent()) {
            artist = Optional.of(seeds.artist(listener, ItemIds.required(request, "id")));
        } else {
            String name = request.optional("artist").orElseThrow(() -> SubsonicException.missing("artist"));
            artist = artists.named(listener.visible(), name).stream().findFirst().map(ArtistItem::id);
        }
        return Payload.of("topSongs", new Songs(artist.map(id -> songs.of(listener, tracks.mostPlayed(listener.visible(), id, count)))
                .orElse(List.of())));
    }
}
