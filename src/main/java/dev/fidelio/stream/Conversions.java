package dev.fidelio.stream;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.decode.Decoders;
import dev.fidelio.audio.dither.Gain;
import dev.fidelio.audio.dsd.DopSource;
import dev.fidelio.audio.pipeline.ConversionChain;
import dev.fidelio.audio.pipeline.ConversionTarget;
import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.web.ApiException;

/** Opens the decoder of a track's file, positions it, and puts the requested stages and encoder after it. */
@ApplicationScoped
public class Conversions {

    private final FidelioConfig config;

    Conversions(FidelioConfig config) {
        this.config = config;
    }

    public Conversion open(OriginalFile file, ConversionRequest request) {
        if (!file.format().lossless()) {
            throw cannotConvert("Only lossless files are converted; this track is " + file.format().id()
                    + ". Ask without parameters for the original.");
        }
        if (request.dop() && !file.isDsd()) {
            throw ApiException.badRequest("dop=true is for DSD files (DSF, DFF); this track is " + file.format().id());
        }
        PcmSource decoded = null;
        try {
            decoded = decode(file, request, 0);
            if (request.offsetSeconds() > 0) {
                int rate = decoded.format().sampleRate();
                long start = Math.round(request.offsetSeconds() * rate);
                long total = decoded.remainingFrames();
                decoded.close();
                decoded = null;
                if (total >= 0 && start >= total) {
                    throw ApiException.badRequest("offset " + request.offsetSeconds() + " s is at or past the end of the track ("
                            + String.format(java.util.Locale.ROOT, "%.3f s", (double) total / rate) + ")");
                }
                decoded = decode(file, request, start);
            }
            PcmSource chain = request.dop() ? decoded : ConversionChain.build(decoded, target(file, request));
            return new Conversion(chain, request.format().encoder());
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(decoded);
            throw cannotConvert("Cannot convert this track: " + e.getMessage());
        }
    }

    /**
     * What a request would do to a track, without streaming it: the signal path {@code /stream} would report, the
     * media type and the output format, for the APIs that show them before playback.
     */
    public Conversion.Preview describe(OriginalFile file, ConversionRequest request) {
        Conversion conversion = open(file, request);
        try {
            return conversion.preview();
        } finally {
            closeQuietly(conversion.chain());
        }
    }

    private ConversionTarget target(OriginalFile file, ConversionRequest request) {
        Integer bits = request.format().fixedDepth() ? Integer.valueOf(request.format().maxBits()) : request.bits();
        return new ConversionTarget(request.rate(), bits, request.channels(), request.format().maxBits(), gain(file, request),
                config.stream().resamplerHeadroomDb());
    }

    private static Gain gain(OriginalFile file, ConversionRequest request) {
        Double decibels = "track".equals(request.replayGain()) ? file.trackGain()
                : "album".equals(request.replayGain()) ? file.albumGain() : null;
        return decibels == null ? Gain.NONE : new Gain(decibels, "ReplayGain " + request.replayGain());
    }

    private static PcmSource decode(OriginalFile file, ConversionRequest request, long startFrame) throws IOException {
        return request.dop() ? DopSource.open(file.path(), startFrame) : Decoders.open(file.path(), startFrame);
    }

    private static ApiException cannotConvert(String message) {
        return new ApiException(Response.Status.UNSUPPORTED_MEDIA_TYPE, "cannot_convert", message);
    }

    private static void closeQuietly(PcmSource source) {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                // already failing; the first error is the one worth reporting
            }
        }
    }
}
