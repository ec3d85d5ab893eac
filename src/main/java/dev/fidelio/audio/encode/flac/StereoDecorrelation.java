package dev.fidelio.audio.encode.flac;

/**
 * Picks a frame's channel assignment for stereo: independent, left/side, right/side or mid/side, by the size the
 * best fixed predictor suggests for each of the four signals. Side needs one bit more than the audio, so 32-bit
 * audio always stays independent.
 */
final class StereoDecorrelation {

    private static final double LN2 = StrictMath.log(2);

    private final FixedPredictor fixed = new FixedPredictor();
    private final int[] mid;
    private final int[] side;

    StereoDecorrelation(int maxBlockSize) {
        mid = new int[maxBlockSize];
        side = new int[maxBlockSize];
    }

    /** The {@link FrameHeader} channel assignment for {@code left} and {@code right}; fills {@link #mid} and {@link #side}. */
    int choose(int[] left, int[] right, int count, int bits) {
        for (int i = 0; i < count; i++) {
            mid[i] = (left[i] + right[i]) >> 1;
            side[i] = left[i] - right[i];
        }
        double l = estimatedBits(left, count, bits);
        double r = estimatedBits(right, count, bits);
        double m = estimatedBits(mid, count, bits);
        double s = estimatedBits(side, count, bits + 1);
        double independent = l + r;
        double best = Math.min(Math.min(independent, l + s), Math.min(r + s, m + s));
        if (best == independent) {
            return FrameHeader.INDEPENDENT;
        }
        if (best == m + s) {
            return FrameHeader.MID_SIDE;
        }
        return best == l + s ? FrameHeader.LEFT_SIDE : FrameHeader.RIGHT_SIDE;
    }

    int[] mid() {
        return mid;
    }

    int[] side() {
        return side;
    }

    /**
     * Rice coding spends about log2 of the mean residual magnitude, plus two, per sample. That holds for the peaked
     * residuals of music, not for noise, which Rice codes worse: within a bit of VERBATIM a channel is counted as
     * VERBATIM, where side's extra bit makes the choice fall back to independent channels.
     */
    private double estimatedBits(int[] samples, int count, int bits) {
        fixed.bestOrder(samples, count, FixedPredictor.MAX_ORDER);
        double perSample = StrictMath.log(1 + (double) fixed.smallestSum() / count) / LN2 + 2;
        return count * (perSample >= bits - 1 ? bits : perSample);
    }
}
