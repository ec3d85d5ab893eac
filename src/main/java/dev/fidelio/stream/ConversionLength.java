package dev.fidelio.stream;

import java.util.OptionalLong;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.library.TrackItem;

/**
 * The exact length of a WAV or L16/L24 conversion, told from the indexed audio properties without opening the file:
 * what {@code /stream} will send as {@code Content-Length}, for the APIs that must announce a size beforehand (UPnP's
 * {@code res@size}, by which renderers seek). Unknown for FLAC, for DSD sources and when the index lacks the length.
 */
public final class ConversionLength {

    private ConversionLength() {
    }

    public static OptionalLong of(TrackItem.Audio source, OutputFormat format, int rate, int bits, int channels) {
        boolean dsd = source.dsdRate() != null && source.dsdRate() > 0;
        if (format == OutputFormat.FLAC || dsd || source.totalSamples() == null || source.totalSamples() < 0 || source.sampleRate() == null
                || source.sampleRate() <= 0) {
            return OptionalLong.empty();
        }
        long frames = source.totalSamples();
        int sourceRate = source.sampleRate();
        if (rate != sourceRate) {
            // As the resampler ends its output: N·out/in rounded to nearest, halves up.
            frames = (2 * frames * rate + sourceRate) / (2L * sourceRate);
        }
        return OptionalLong.of(format.encoder().encodedLength(new PcmFormat(rate, bits, channels), frames));
    }
}
