package dev.fidelio.stream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AudioFormat;
import dev.fidelio.library.LibraryItem;
import dev.fidelio.library.TrackItem;
import dev.fidelio.web.ApiException;

/**
 * The ways a track can be streamed: the original, bit-perfect, and a few conversions a player commonly wants, each
 * with its URL and what it will be (format, rate, depth, channels) and do (the signal path) before anyone plays it.
 */
@ApplicationScoped
public class StreamVariants {

    public record Variant(String name, String url, String mimeType, Integer sampleRate, Integer bitDepth, Integer channels,
            String signalPath, boolean bitPerfect) {
    }

    private static final ConversionRequest CD = conversion(OutputFormat.FLAC, 44_100, 16);
    private static final ConversionRequest HIGH_RES = conversion(OutputFormat.FLAC, 96_000, 24);
    private static final ConversionRequest WAV = conversion(OutputFormat.WAV, null, null);

    private final MediaUrls urls;
    private final TrackFiles files;
    private final Conversions conversions;

    StreamVariants(MediaUrls urls, TrackFiles files, Conversions conversions) {
        this.urls = urls;
        this.files = files;
        this.conversions = conversions;
    }

    /**
     * The original; FLAC 16/44.1 when the source is finer; FLAC 24/96 when its rate is higher; WAV of the original.
     * Conversions are offered only for lossless files that can be read now ({@code library} is the track's).
     */
    public List<Variant> of(TrackItem track, LibraryItem library) {
        TrackItem.Audio audio = track.audio();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("original", urls.stream(track.id()), AudioFormat.fromId(audio.format()).mimeType(), audio.sampleRate(),
                audio.bitsPerSample(), audio.channels(), StreamResource.BIT_PERFECT, true));
        Optional<OriginalFile> file = audio.lossless() && library != null
                ? files.file(track.id(), Path.of(library.path()), track.relativePath(), audio.format(), track.replayGain() == null ? null
                        : track.replayGain().trackGain(), track.replayGain() == null ? null : track.replayGain().albumGain())
                : Optional.empty();
        if (file.isEmpty()) {
            return variants;
        }
        int rate = audio.sampleRate() == null ? 0 : audio.sampleRate();
        int bits = audio.bitsPerSample() == null ? 0 : audio.bitsPerSample();
        if (rate > 44_100 || bits > 16 || file.get().isDsd()) {
            conversion(file.get(), "flac-16-44.1", CD).ifPresent(variants::add);
        }
        if (rate > 96_000 || file.get().isDsd()) {
            conversion(file.get(), "flac-24-96", HIGH_RES).ifPresent(variants::add);
        }
        conversion(file.get(), "wav", WAV).ifPresent(variants::add);
        return variants;
    }

    /** A conversion the file cannot undergo (a decoder refuses it) is not offered. */
    private Optional<Variant> conversion(OriginalFile file, String name, ConversionRequest request) {
        try {
            Conversion.Preview preview = conversions.describe(file, request);
            return Optional.of(new Variant(name, urls.stream(file.trackId(), request), preview.mediaType(), preview.format().sampleRate(),
                    preview.format().bitsPerSample(), preview.format().channels(), preview.signalPath(), false));
        } catch (ApiException e) {
            return Optional.empty();
        }
    }

    private static ConversionRequest conversion(OutputFormat format, Integer rate, Integer bits) {
        return new ConversionRequest(format, rate, bits, null, 0, null, false);
    }
}
