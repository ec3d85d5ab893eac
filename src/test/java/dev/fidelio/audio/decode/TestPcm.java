package dev.fidelio.audio.decode;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.testmusic.Pcm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

/** Synthesized PCM for decoder tests, and whole-stream reads of a {@link PcmSource}. */
public final class TestPcm {

    private TestPcm() {
    }

    /** A sine plus noise near full scale, different on every channel, so a swapped channel or byte shows. */
    public static Pcm signal(int sampleRate, int bits, int channels, int frames, long seed) {
        Random random = new Random(seed);
        int max = (1 << (bits - 1)) - 1;
        int[][] samples = new int[channels][frames];
        for (int c = 0; c < channels; c++) {
            double step = 2 * Math.PI * (440.0 * (c + 1)) / sampleRate;
            for (int n = 0; n < frames; n++) {
                double value = 0.7 * Math.sin(step * n) + 0.29 * (2 * random.nextDouble() - 1);
                samples[c][n] = (int) Math.round(value * max);
            }
            samples[c][0] = max; // the extremes must survive too
            samples[c][Math.min(1, frames - 1)] = -max - 1;
        }
        return new Pcm(sampleRate, bits, samples);
    }

    public static int[] interleaved(Pcm pcm) {
        int[] out = new int[pcm.frames() * pcm.channels()];
        for (int n = 0; n < pcm.frames(); n++) {
            for (int c = 0; c < pcm.channels(); c++) {
                out[n * pcm.channels() + c] = pcm.samples()[c][n];
            }
        }
        return out;
    }

    /** Every remaining frame of {@code source}, interleaved, read in uneven pieces to exercise frame boundaries. */
    public static int[] readAll(PcmSource source) throws IOException {
        int channels = source.format().channels();
        int[] buffer = new int[1000 * channels];
        int[] all = new int[1024];
        int length = 0;
        int[] sizes = {1000, 1, 333, 4096, 7};
        for (int call = 0; ; call++) {
            int want = Math.min(sizes[call % sizes.length], 1000);
            int frames = source.read(buffer, want);
            if (frames < 0) {
                return Arrays.copyOf(all, length);
            }
            if (frames == 0 || frames > want) {
                throw new AssertionError("read returned " + frames + " for " + want + " frames");
            }
            if (length + frames * channels > all.length) {
                all = Arrays.copyOf(all, Math.max(2 * all.length, length + frames * channels));
            }
            System.arraycopy(buffer, 0, all, length, frames * channels);
            length += frames * channels;
        }
    }

    /** Samples as the FLAC MD5 and raw decoders lay them out: little-endian, sign-extended to whole bytes. */
    public static byte[] littleEndian(int[] samples, int bits) {
        int width = (bits + 7) / 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length * width);
        for (int sample : samples) {
            for (int i = 0; i < width; i++) {
                out.write(sample >> (8 * i));
            }
        }
        return out.toByteArray();
    }
}
