package dev.fidelio.audio.analysis;

import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.util.Arrays;

/** Test signals and whole-stream reads. */
public final class Pcm {

    private Pcm() {
    }

    /** {@code amplitude·sin(2π·frequency·n/rate + phase)} rounded to integers; amplitude in sample units. */
    public static int[] sine(int frames, double frequency, int rate, double amplitude, double phase) {
        int[] samples = new int[frames];
        for (int n = 0; n < frames; n++) {
            samples[n] = (int) Math.rint(amplitude * Math.sin(2 * Math.PI * frequency * n / rate + phase));
        }
        return samples;
    }

    /** A level in dBFS as a fraction of full scale. */
    public static double fromDb(double db) {
        return Math.pow(10, db / 20);
    }

    public static double toDb(double ratio) {
        return 20 * Math.log10(ratio);
    }

    /** Every remaining interleaved sample of {@code source}, read in chunks of {@code chunkFrames}; then closes it. */
    public static int[] readAll(PcmSource source, int chunkFrames) throws IOException {
        int channels = source.format().channels();
        int[] buffer = new int[chunkFrames * channels];
        int[] all = new int[1 << 16];
        int size = 0;
        try (source) {
            for (int frames; (frames = source.read(buffer, chunkFrames)) != -1; ) {
                if (frames < 1 || frames > chunkFrames) {
                    throw new AssertionError("read returned " + frames + " frames for a request of " + chunkFrames);
                }
                if (size + frames * channels > all.length) {
                    all = Arrays.copyOf(all, Math.max(all.length * 2, size + frames * channels));
                }
                System.arraycopy(buffer, 0, all, size, frames * channels);
                size += frames * channels;
            }
        }
        return Arrays.copyOf(all, size);
    }
}
