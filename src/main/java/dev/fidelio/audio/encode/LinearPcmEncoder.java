package dev.fidelio.audio.encode;

import dev.fidelio.audio.PcmEncoder;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Raw network-order PCM, {@code audio/L16} (RFC 2586) and {@code audio/L24} (RFC 3190): big-endian, signed,
 * interleaved, no header. Only 16 and 24 bits have a media type; the caller requantizes anything else first, so
 * {@link #mediaType} and {@link #encodedLength} treat other depths as a programming error and {@link #encode} as
 * unsupported audio.
 */
public final class LinearPcmEncoder implements PcmEncoder {

    public static boolean supports(PcmFormat format) {
        return format.bitsPerSample() == 16 || format.bitsPerSample() == 24;
    }

    @Override
    public String mediaType(PcmFormat format) {
        requireSupported(format);
        return "audio/L" + format.bitsPerSample() + ";rate=" + format.sampleRate() + ";channels=" + format.channels();
    }

    @Override
    public long encodedLength(PcmFormat format, long frames) {
        requireSupported(format);
        return frames < 0 ? -1 : frames * format.channels() * format.bytesPerSample();
    }

    @Override
    public String describe(PcmFormat format) {
        return "L" + format.bitsPerSample() + " " + format.shortForm();
    }

    @Override
    public void encode(PcmSource source, OutputStream out) throws IOException {
        PcmFormat format = source.format();
        if (!supports(format)) {
            throw new UnsupportedAudioException(
                    "Raw PCM streams carry 16 or 24 bits per sample, not " + format.bitsPerSample());
        }
        new PackedPcmWriter(SampleLayout.network(format), format.channels())
                .write(new byte[0], source, source.remainingFrames(), new byte[0], out);
    }

    private static void requireSupported(PcmFormat format) {
        if (!supports(format)) {
            throw new IllegalArgumentException("No L16/L24 media type for " + format.bitsPerSample() + "-bit audio");
        }
    }
}
