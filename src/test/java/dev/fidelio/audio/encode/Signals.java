package dev.fidelio.audio.encode;

import dev.fidelio.audio.PcmFormat;
import java.util.Random;

/** Interleaved test signals, each exercising a different path of an encoder. Seeded, so failures reproduce. */
public enum Signals {
    /** Digital silence: CONSTANT subframes. */
    SILENCE,
    /** Full-scale white noise: VERBATIM subframes. */
    NOISE,
    /** A full-scale square wave: the extreme sample values and long runs. */
    SQUARE,
    /** Sines of different frequencies per channel, at −3 dBFS: the predictors' home ground. */
    SINES,
    /** A seeded random walk, clipped: music-like low-frequency energy with unpredictable detail. */
    RANDOM_WALK;

    public int[] render(PcmFormat format, int frames) {
        int channels = format.channels();
        int[] out = new int[frames * channels];
        long max = format.maxSample();
        long min = format.minSample();
        Random random = new Random(42L * ordinal() + format.bitsPerSample() + 1000L * channels);
        long[] walk = new long[channels];
        for (int n = 0; n < frames; n++) {
            for (int c = 0; c < channels; c++) {
                long value = switch (this) {
                    case SILENCE -> 0;
                    case NOISE -> min + (long) (random.nextDouble() * (max - min + 1));
                    case SQUARE -> (n / (50 + 13 * c)) % 2 == 0 ? max : min;
                    case SINES -> Math.round(0.7 * max * Math.sin(2 * Math.PI * (220.0 * (c + 1)) * n / format.sampleRate()));
                    case RANDOM_WALK -> walk[c] = Math.max(min, Math.min(max,
                            walk[c] + Math.round(random.nextGaussian() * Math.max(1, max >> 7))));
                };
                out[n * channels + c] = (int) value;
            }
        }
        return out;
    }
}
