package dev.fidelio.audio.decode;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.nio.file.Path;

/** Turns header values into a {@link PcmFormat}, rejecting zero or absurd values with a message naming the file. */
final class HeaderChecks {

    private HeaderChecks() {
    }

    static PcmFormat format(Path file, long sampleRate, int bits, long channels) throws IOException {
        String name = file.getFileName().toString();
        if (sampleRate <= 0) {
            throw new CorruptAudioException(name + ": the header gives a sample rate of " + sampleRate);
        }
        if (channels <= 0) {
            throw new CorruptAudioException(name + ": the header gives " + channels + " channels");
        }
        if (channels > 8) {
            throw new UnsupportedAudioException(name + " has " + channels + " channels; at most 8 are supported");
        }
        if (sampleRate > 12_288_000) {
            throw new UnsupportedAudioException(name + ": sample rate " + sampleRate + " Hz is beyond what is supported");
        }
        return new PcmFormat((int) sampleRate, bits, (int) channels);
    }

    /** {@code WAV 24/96}, or {@code WAV 32-bit float 48 kHz → 32-bit integer} when the samples had to be converted. */
    static String step(String container, SampleCoding coding, PcmFormat format) {
        if (coding.kind() == SampleCoding.Kind.FLOAT) {
            String khz = format.shortForm().substring(format.shortForm().indexOf('/') + 1);
            return container + " " + coding.describe() + " " + khz + " kHz → 32-bit integer";
        }
        return container + " " + format.shortForm();
    }
}
