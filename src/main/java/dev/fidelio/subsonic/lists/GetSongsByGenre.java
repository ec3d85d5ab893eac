package dev.fidelio.subsonic.lists;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

/** The songs of a genre album by album, {@code count} (10 unless given, at most 500) after {@code offset}. */
@ApplicationScoped
public class GetSongsByGenre implements SubsonicMethod {

    private final Listeners listeners;
    private final SongFilters filters;
    private final TrackQueries tracks;
    private final SongEntries songs;

    GetSongsByGenre(Listeners listeners, SongFilters filters, TrackQueries tracks, SongEntries songs) {
        this.listeners = listeners;
        this.filters = filters;
        this.tracks = tracks;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getSongsByGenre";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        String genre = request.required("genre");
        int count = NumberParameters.count(request, "count", AlbumLists.DEFAULT_SIZE, AlbumLists.MAX_SIZE);
        int offset = NumberParameters.offset(request, "offset");
        return Payload.of("songsByGenre", new Songs(filters.genre(listener, genre, null, null)
                .map(f -> songs.of(listener, tracks.list(listener.visible(), listener.userId(), f, TrackOrder.ALBUM, offset, count)))
                .orElse(List.of())));
    }
}
