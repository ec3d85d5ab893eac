package dev.fidelio.subsonic.lists;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.ListFilter;
import dev.fidelio.library.TrackOrder;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.NumberParameters;
import dev.fidelio.subsonic.shapes.SongEntries;
import dev.fidelio.subsonic.shapes.Songs;

/** {@code size} random songs (10 unless given, at most 500), of a {@code genre} and years if given. */
@ApplicationScoped
public class GetRandomSongs implements SubsonicMethod {

    private final Listeners listeners;
    private final SongFilters filters;
    private final TrackQueries tracks;
    private final SongEntries songs;

    GetRandomSongs(Listeners listeners, SongFilters filters, TrackQueries tracks, SongEntries songs) {
        this.listeners = listeners;
        this.filters = filters;
        this.tracks = tracks;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getRandomSongs";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        int size = NumberParameters.count(request, "size", AlbumLists.DEFAULT_SIZE, AlbumLists.MAX_SIZE);
        Integer from = SongFilters.year(request, "fromYear").orElse(null);
        Integer to = SongFilters.year(request, "toYear").orElse(null);
        if (from != null && to != null && from > to) {
            Integer swapped = from;
            from = to;
            to = swapped;
        }
        Optional<String> genre = request.optional("genre").filter(name -> !name.isBlank());
        Optional<ListFilter> filter = genre.isPresent() ? filters.genre(listener, genre.get(), from, to)
                : Optional.of(SongFilters.of(Set.of(), from, to, false));
        return Payload.of("randomSongs", new Songs(filter.map(f -> songs.of(listener,
                tracks.list(listener.visible(), listener.userId(), f, TrackOrder.RANDOM, 0, size))).orElse(List.of())));
    }
}
