package dev.fidelio.audio.dither;

import java.util.SplittableRandom;

/**
 * Triangular-PDF dither noise spanning ±1 LSB: the sum of two independent uniform values of ±½ LSB. This is the
 * lowest-power dither that makes both the mean and the power of the requantization error independent of the signal,
 * so there is no distortion and no noise modulation, only a steady, benign hiss.
 *
 * <p>One 64-bit draw of SplitMix64 ({@link SplittableRandom}, statistically strong and a handful of instructions)
 * gives both 32-bit uniforms. Not thread-safe: one instance per stream.
 */
public final class TpdfNoise {

    private static final double TWO_TO_MINUS_32 = 0x1p-32;

    private final SplittableRandom random;

    private TpdfNoise(SplittableRandom random) {
        this.random = random;
    }

    /** Noise that differs from stream to stream: seeded from the JDK's seed generator (high-entropy, per instance). */
    public static TpdfNoise unpredictable() {
        return new TpdfNoise(new SplittableRandom());
    }

    /** The same noise sequence for the same seed, for tests that must be repeatable. */
    public static TpdfNoise seeded(long seed) {
        return new TpdfNoise(new SplittableRandom(seed));
    }

    /** The next value, in LSBs: triangular on (−1, 1), mean 0, variance 1/6. */
    public double next() {
        long bits = random.nextLong();
        double first = bits >>> 32;
        double second = bits & 0xFFFF_FFFFL;
        // Each uniform is (u + ½)·2^−32 on (0, 1); their sum minus 1 is symmetric about 0.
        return (first + second + 1) * TWO_TO_MINUS_32 - 1;
    }
}
