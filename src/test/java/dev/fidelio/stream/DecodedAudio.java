package dev.fidelio.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.decode.Decoders;

/** A whole decoded file, for comparing what the server sent with what the file holds. */
record DecodedAudio(PcmFormat format, int[] samples) {

    long frames() {
        return samples.length / format.channels();
    }

    static DecodedAudio decode(Path file, long startFrame) throws IOException {
        try (PcmSource source = Decoders.open(file, startFrame)) {
            int channels = source.format().channels();
            int[] all = new int[1 << 16];
            int[] buffer = new int[4096 * channels];
            int length = 0;
            for (int frames; (frames = source.read(buffer, 4096)) > 0; ) {
                if (length + frames * channels > all.length) {
                    all = Arrays.copyOf(all, Math.max(all.length * 2, length + frames * channels));
                }
                System.arraycopy(buffer, 0, all, length, frames * channels);
                length += frames * channels;
            }
            return new DecodedAudio(source.format(), Arrays.copyOf(all, length));
        }
    }

    static DecodedAudio decode(byte[] encoded, String suffix) throws IOException {
        Path file = Files.createTempFile("fidelio-response", suffix);
        try {
            Files.write(file, encoded);
            return decode(file, 0);
        } finally {
            Files.delete(file);
        }
    }
}
