package dev.fidelio.subsonic.media;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.TrackItem;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/** A song the caller may see, with its lyrics as tagged: what getLyrics and getLyricsBySongId both answer from. */
@ApplicationScoped
class SongLyrics {

    /** The song as Subsonic shows it (for its artist and title) and its parsed lyrics. */
    record Found(Child song, LrcLyrics lyrics) {
    }

    private final Listeners listeners;
    private final TrackQueries tracks;
    private final SongEntries songs;

    SongLyrics(Listeners listeners, TrackQueries tracks, SongEntries songs) {
        this.listeners = listeners;
        this.tracks = tracks;
        this.songs = songs;
    }

    /** Empty when the caller may not see the track; a song without lyrics has none. */
    Optional<Found> of(SubsonicRequest request, UUID trackId) {
        Listener listener = listeners.of(request);
        TrackItem track = tracks.byIds(listener.visible(), List.of(trackId)).get(trackId);
        if (track == null) {
            return Optional.empty();
        }
        Child song = songs.of(listener, List.of(track)).get(0);
        return Optional.of(new Found(song, track.lyrics() == null ? null : LrcLyrics.parse(track.lyrics())));
    }

    Listener listener(SubsonicRequest request) {
        return listeners.of(request);
    }
}
