package dev.fidelio.audio.resample;

import java.io.IOException;
import java.util.Arrays;

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
final class PolyphaseStage implements FrameSupply {

    private final FrameSupply upstream;
    private final PolyphaseFilter filter;
    private final double[] coefficients;
    private final int taps;
    private final int halfTaps;
    private final int wholeStep;
    private final int fractionStep;
    private final double[][] history;
    private final int capacity;

    /** Absolute input index of {@code history[c][0]}; negative indices are the silence before the stream. */
    private long historyStart;
    /** One past the last input (or padding silence) in the history. */
    private long historyEnd;
    private boolean upstreamEnded;
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
        this.wholeStep = filter.down / filter.up;
        this.fractionStep = filter.down % filter.up;
        if (wholeStep + 1 >= taps) {
            throw new IllegalStateException("A step of " + filter.down + "/" + filter.up + " would skip inputs of a "
                    + taps + "-tap filter");
        }
        this.capacity = taps + chunkFrames;
        this.history = new double[channels][capacity];
        this.historyStart = -taps;
        this.historyEnd = 0;
    }

    /** Produces no output from {@code frames} on, whatever the input; the caller knows the stream's exact length. */
    void limitOutput(long frames) {
        outputLimit = Math.min(outputLimit, frames);
    }

    @Override
    public int read(double[][] output, int offset, int maxFrames) throws IOException {
        int produced = 0;
        while (produced < maxFrames && outputIndex < outputLimit) {
            if (centre + halfTaps >= historyEnd) {
                fill();
            } else {
                produced += filterBuffered(output, offset + produced, maxFrames - produced);
            }
        }
        return produced == 0 ? -1 : produced;
    }

    private int filterBuffered(double[][] output, int offset, int maxFrames) {
        int produced = 0;
        while (produced < maxFrames && outputIndex < outputLimit && centre + halfTaps < historyEnd) {
            int first = (int) (centre - halfTaps + 1 - historyStart);
            int row = phase * taps;
            for (int c = 0; c < history.length; c++) {
                output[c][offset + produced] = dot(coefficients, row, history[c], first, taps);
            }
            produced++;
            outputIndex++;
            centre += wholeStep;
            phase += fractionStep;
            if (phase >= filter.up) {
                phase -= filter.up;
                centre++;
            }
        }
        return produced;
    }

    /** Four partial sums, so the additions do not wait on one another. */
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

    /** Moves the inputs still needed to the front, then appends new input, or silence once the input has ended. */
    private void fill() throws IOException {
        int valid = (int) (historyEnd - historyStart);
        int obsolete = (int) (centre - halfTaps + 1 - historyStart);
        if (obsolete > 0) {
            for (double[] channel : history) {
                System.arraycopy(channel, obsolete, channel, 0, valid - obsolete);
            }
            historyStart += obsolete;
            valid -= obsolete;
        }
        if (!upstreamEnded) {
            int frames = upstream.read(history, valid, capacity - valid);
            if (frames > 0) {
                historyEnd += frames;
                return;
            }
            upstreamEnded = true;
            // Outputs whose window lies wholly in the silence after the last input are zero: stop before them.
            limitOutput(Math.floorDiv((historyEnd + halfTaps) * filter.up, filter.down) + 1);
        }
        for (double[] channel : history) {
            Arrays.fill(channel, valid, capacity, 0);
        }
        historyEnd = historyStart + capacity;
    }
}
