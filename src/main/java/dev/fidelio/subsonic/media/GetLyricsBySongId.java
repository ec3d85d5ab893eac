package dev.fidelio.subsonic.media;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.OpenSubsonicExtension;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.response.TextContent;

/**
 * A song's lyrics as tagged, structured: LRC times become synced lines (with the file's offset), plain text unsynced
 * ones. The language is not known from the canonical tags, so it is {@code und}. No lyrics is an empty list.
 */
@ApplicationScoped
public class GetLyricsBySongId implements SubsonicMethod {

    record LyricsList(List<StructuredLyrics> structuredLyrics) {
    }

    record StructuredLyrics(String displayArtist, String displayTitle, String lang, Long offset, boolean synced, List<Line> line) {
    }

    record Line(Long start, @TextContent String value) {
    }

    private static final String UNKNOWN_LANGUAGE = "und";

    private final SongLyrics lyrics;

    GetLyricsBySongId(SongLyrics lyrics) {
        this.lyrics = lyrics;
    }

    @Override
    public String name() {
        return "getLyricsBySongId";
    }

    @Override
    public List<OpenSubsonicExtension> extensions() {
        return List.of(OpenSubsonicExtension.of("songLyrics", 1));
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        SongLyrics.Found found = lyrics.of(request, request.id("id"))
                .orElseThrow(() -> SubsonicException.notFound("No song with id " + request.required("id") + "."));
        if (found.lyrics() == null) {
            return Payload.of("lyricsList", new LyricsList(List.of()));
        }
        LrcLyrics parsed = found.lyrics();
        List<Line> lines = parsed.lines().stream().map(line -> new Line(line.startMillis(), line.text())).toList();
        return Payload.of("lyricsList", new LyricsList(List.of(new StructuredLyrics(found.song().artist(), found.song().title(),
                UNKNOWN_LANGUAGE, parsed.synced() ? parsed.offsetMillis() : null, parsed.synced(), lines))));
    }
}
