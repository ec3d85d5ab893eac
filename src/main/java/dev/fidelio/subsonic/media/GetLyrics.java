package dev.fidelio.subsonic.media;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.LyricsQueries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.response.TextContent;

/**
 * The lyrics of a song found by {@code title} and, if given, {@code artist}, in the library's own tags (Fidelio asks
 * no online service); synced lyrics come without their times. An empty {@code lyrics} when none is found, as
 * Subsonic answers.
 */
@ApplicationScoped
public class GetLyrics implements SubsonicMethod {

    record Lyrics(String artist, String title, @TextContent String value) {
    }

    private final LyricsQueries queries;
    private final SongLyrics lyrics;

    GetLyrics(LyricsQueries queries, SongLyrics lyrics) {
        this.queries = queries;
        this.lyrics = lyrics;
    }

    @Override
    public String name() {
        return "getLyrics";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        String artist = request.optional("artist").filter(a -> !a.isBlank()).orElse(null);
        Lyrics found = request.optional("title").filter(t -> !t.isBlank())
                .flatMap(title -> queries.find(lyrics.listener(request).visible(), artist, title))
                .flatMap(id -> lyrics.of(request, id))
                .map(song -> new Lyrics(song.song().artist(), song.song().title(), song.lyrics().plainText()))
                .orElse(new Lyrics(null, null, ""));
        return Payload.of("lyrics", found);
    }
}
