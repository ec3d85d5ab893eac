package dev.fidelio.audio.mix;

import java.io.IOException;
import dev.fidelio.audio.PcmFilter;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;

/**
 * Folds more channels into fewer (stereo or mono) for a listener whose player takes no more. Channels are in WAV
 * order (L, R, C, LFE, back L, back R, side L, side R); centre and surrounds go in at −3 dB, the LFE is left out, as
 * in ITU-R BS.775. The weights are scaled so the fold can never clip, and the result leaves at 32 bits so the
 * requantizer after it dithers the fractions instead of rounding them away.
 */
public final class Downmix extends PcmFilter {

    private static final double SURROUND = Math.sqrt(0.5);

    private final double[][] weights;
    private int[] input = new int[0];

    public Downmix(PcmSource source, int channels) {
        super(source, new PcmFormat(source.format().sampleRate(), PcmFormat.MAX_BITS, checkedChannels(source, channels)),
                "downmix " + source.format().channels() + "\u2192" + channels + " channels");
        this.weights = weights(source.format().channels(), channels,
                Math.scalb(1.0, PcmFormat.MAX_BITS - source.format().bitsPerSample()));
    }

    private static int checkedChannels(PcmSource source, int channels) {
        int from = source.format().channels();
        if (channels < 1 || channels > 2 || channels >= from) {
            throw new IllegalArgumentException("Can fold " + from + " channels into 1 or 2 fewer-channel outputs, not " + channels);
        }
        return channels;
    }

    /** weights[out][in]: each output's sum of weights is at most the scale, so no output can exceed full scale. */
    private static double[][] weights(int from, int to, double scale) {
        double[] left = new double[from];
        double[] right = new double[from];
        for (int c = 0; c < from; c++) {
            boolean isLeft = c == 0 || c == 4 || c == 6;
            boolean isRight = c == 1 || c == 5 || c == 7;
            double gain = c < 2 ? 1 : c == 3 ? 0 : SURROUND;
            if (from == 1 || c == 2 || !isLeft && !isRight && c != 3) {
                left[c] = gain;
                right[c] = gain;
            } else {
                left[c] = isLeft ? gain : 0;
                right[c] = isRight ? gain : 0;
            }
        }
        double[][] weights = to == 2 ? new double[][] {left, right} : new double[][] {sum(left, right)};
        for (double[] row : weights) {
            double total = 0;
            for (double w : row) {
                total += w;
            }
            for (int c = 0; c < from; c++) {
                row[c] = row[c] / total * scale * (1 - 0x1p-30); // the margin keeps a full-scale sum below 2^31
            }
        }
        return weights;
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    @Override
    public int read(int[] buffer, int maxFrames) throws IOException {
        int from = source.format().channels();
        if (input.length < maxFrames * from) {
            input = new int[maxFrames * from];
        }
        int frames = source.read(input, maxFrames);
        for (int f = 0; f < frames; f++) {
            for (int out = 0; out < weights.length; out++) {
                double value = 0;
                for (int c = 0; c < from; c++) {
                    value += weights[out][c] * input[f * from + c];
                }
                buffer[f * weights.length + out] = (int) Math.round(value);
            }
        }
        return frames;
    }
}
