package dev.fidelio.audio.resample;

import java.io.IOException;

/**
 * Streams one {@link PolyphaseFilter} over its input: output {@code k} is the filter centred on input time
 * {@code k·down/up}, with silence before the first input and after the last, so nothing is delayed and the tail of
 * the last input's response is not cut off.
 *
 * <p>Each channel's history is one plain array holding every input the next outputs need, followed by room for a
 * chunk of new input; when the room runs out the still-needed tail is moved to the front. The filter loop therefore
 * walks two contiguous arrays with no index wrapping, which the JIT compiles to straight-line loads and multiplies.
 * Memory is fixed by the filter length and the chunk size, never by the stream's length.
 */
final class PolyphaseStage implements ConversionStage {

    private final FrameSupply upstream;
    private final PolyphaseFilter filter;
    private final double[] coefficients;
    private final int taps;
    private final int halfTaps;
    private final InputHistory history;
    /** The next output's centre: input {@code centre} plus {@code phase/up} of an input period. */
    private long centre;
    private int phase;
    private long outputIndex;
    private long outputLimit = Long.MAX_VALUE;

    PolyphaseStage(FrameSupply upstream, PolyphaseFilter filter, int channels, int chunkFrames) {
        this.upstream = upstream;
        this.filter = filter;
        this.coefficients = filter.coefficients;
        this.taps = filter.taps;
        this.halfTaps = taps / 2;
        if (filter.down / filter.up + 1 >= taps) {
            throw new IllegalStateException("A step of " + filter.down + "/" + filter.up + " would skip inputs of a "
                    + taps + "-tap filter");
        }
        this.history = new InputHistory(channels, taps + chunkFrames, taps);
    }

    @Override
    public void limitOutput(long frames) {
        outputLimit = Math.min(outputLimit, frames);
    }

    @Override
    public int read(double[][] output, int offset, int maxFrames) throws IOException {
        int produced = 0;
        while (produced < maxFrames && outputIndex < outputLimit) {
            if (centre + halfTaps >= history.end()) {
                fill();
            } else {
                produced += filterBuffered(output, offset + produced, maxFrames - produced);
            }
        }
        return produced == 0 ? -1 : produced;
    }

    /**
     * Computes every output the buffered input covers, one phase at a time: the outputs {@code up} apart share a row
     * of coefficients, so each row is fetched from memory once per batch and then served from the nearest cache,
     * instead of the whole table (hundreds of kilobytes for 44.1 ↔ 96 kHz) streaming through for every {@code up}
     * outputs.
     */
    private int filterBuffered(double[][] output, int offset, int maxFrames) {
        int up = filter.up;
        int down = filter.down;
        long lastCentre = history.end() - halfTaps - 1;
        long covered = ((lastCentre - centre + 1) * up - phase + down - 1) / down;
        int count = (int) Math.min(covered, Math.min(maxFrames, outputLimit - outputIndex));
        double[][] in = history.samples;
        int channels = in.length;
        for (int j0 = 0; j0 < Math.min(count, up); j0++) {
            long position = phase + (long) j0 * down;
            int row = (int) (position % up) * taps;
            int first = (int) (centre + position / up - halfTaps + 1 - history.start());
            for (int j = j0; j < count; j += up, first += down) {
                int c = 0;
                for (; c + 1 < channels; c += 2) {
                    filterPair(row, first, in[c], in[c + 1], output[c], output[c + 1], offset + j);
                }
                if (c < channels) {
                    output[c][offset + j] = dot(coefficients, row, in[c], first, taps);
                }
            }
        }
        long position = phase + (long) count * down;
        centre += position / up;
        phase = (int) (position % up);
        outputIndex += count;
        return count;
    }

    /**
     * Two channels at once (the common stereo case): each coefficient is loaded once for both, and the
     * eight independent sums keep the floating-point adders busy instead of waiting on one another.
     */
    private void filterPair(int row, int first, double[] left, double[] right, double[] leftOut, double[] rightOut,
            int index) {
        double left0 = 0;
        double left1 = 0;
        double left2 = 0;
        double left3 = 0;
        double right0 = 0;
        double right1 = 0;
        double right2 = 0;
        double right3 = 0;
        for (int j = 0; j < taps; j += 4) {
            int k = row + j;
            int i = first + j;
            double c0 = coefficients[k];
            double c1 = coefficients[k + 1];
            double c2 = coefficients[k + 2];
            double c3 = coefficients[k + 3];
            left0 += c0 * left[i];
            right0 += c0 * right[i];
            left1 += c1 * left[i + 1];
            right1 += c1 * right[i + 1];
            left2 += c2 * left[i + 2];
            right2 += c2 * right[i + 2];
            left3 += c3 * left[i + 3];
            right3 += c3 * right[i + 3];
        }
        leftOut[index] = (left0 + left1) + (left2 + left3);
        rightOut[index] = (right0 + right1) + (right2 + right3);
    }

    private static double dot(double[] coefficients, int row, double[] samples, int first, int taps) {
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        for (int j = 0; j < taps; j += 4) {
            sum0 += coefficients[row + j] * samples[first + j];
            sum1 += coefficients[row + j + 1] * samples[first + j + 1];
            sum2 += coefficients[row + j + 2] * samples[first + j + 2];
            sum3 += coefficients[row + j + 3] * samples[first + j + 3];
        }
        return (sum0 + sum1) + (sum2 + sum3);
    }

    private void fill() throws IOException {
        long streamEnd = history.refill(upstream, centre - halfTaps + 1);
        if (streamEnd >= 0) {
            // Outputs whose window lies wholly in the silence after the last input are zero: stop before them.
            limitOutput(Math.floorDiv((streamEnd + halfTaps) * filter.up, filter.down) + 1);
        }
    }
}
