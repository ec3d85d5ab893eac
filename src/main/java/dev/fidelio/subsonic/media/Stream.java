package dev.fidelio.subsonic.media;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.fidelio.library.TrackItem;
import dev.fidelio.stream.ConversionRequest;
import dev.fidelio.subsonic.OpenSubsonicExtension;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMediaMethod;
import dev.fidelio.subsonic.SubsonicRequest;

/**
 * A track's audio: the original, bit-perfect with ranges, unless {@code format}, {@code maxBitRate} or
 * {@code timeOffset} ask for a conversion (see {@link StreamChoice}). Not a play: players say that with scrobble.
 * {@code estimateContentLength=true} makes a FLAC conversion whole before sending it, so that its length is exact
 * rather than estimated (an estimate that is wrong cuts the stream short or leaves the player waiting); the original
 * and WAV always have theirs.
 */
@ApplicationScoped
public class Stream implements SubsonicMediaMethod {

    /** A day: more than any track's length, less than a number a client could overflow with. */
    private static final long MAX_OFFSET_SECONDS = 86_400;
    /** 100 Mbit/s: above any audio; larger values are no limit at all. */
    private static final long MAX_BIT_RATE = 100_000;

    private final TrackAudio audio;

    Stream(TrackAudio audio) {
        this.audio = audio;
    }

    @Override
    public String name() {
        return "stream";
    }

    @Override
    public List<OpenSubsonicExtension> extensions() {
        return List.of(OpenSubsonicExtension.of("transcodeOffset", 1));
    }

    @Override
    public Response serve(SubsonicRequest request) {
        TrackItem track = audio.track(request);
        long maxBitRate = request.number("maxBitRate", 0, Long.MAX_VALUE).map(rate -> Math.min(rate, MAX_BIT_RATE)).orElse(0L);
        double offset = request.optional("timeOffset").map(Stream::seconds).orElse(0.0);
        ConversionRequest asked = StreamChoice.of(track, request.optional("format").orElse(null), maxBitRate, offset);
        return audio.send(request, track, asked, request.flag("estimateContentLength").orElse(false));
    }

    /** Whole seconds, as Subsonic defines it; OpenSubsonic clients also send fractions, which seek as precisely. */
    private static double seconds(String value) {
        try {
            double seconds = Double.parseDouble(value.strip());
            if (seconds >= 0 && seconds <= MAX_OFFSET_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw SubsonicException.invalid("timeOffset", "must be a number of seconds from 0 to " + MAX_OFFSET_SECONDS + ", not '"
                + SubsonicRequest.shortened(value) + "'.");
    }
}
