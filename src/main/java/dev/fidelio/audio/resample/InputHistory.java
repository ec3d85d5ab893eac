package dev.fidelio.audio.resample;

import java.io.IOException;
import java.util.Arrays;

/**
 * The inputs a filter stage still needs: per channel one plain array starting at a known stream index, so the inner
 * loops read it without wrapping indices. Inputs before the stream's start, and after its end, are silence.
 */
final class InputHistory {

    /** {@code samples[c][i]} is channel c's input at stream index {@code start() + i}. */
    final double[][] samples;
    private final int capacity;
    private long start;
    private long end;
    private boolean ended;

    /** Holds {@code silence} zero inputs before the stream's first, and room for {@code capacity} in all. */
    InputHistory(int channels, int capacity, int silence) {
        this.samples = new double[channels][capacity];
        this.capacity = capacity;
        this.start = -silence;
        this.end = 0;
    }

    /** Stream index of {@code samples[c][0]}. */
    long start() {
        return start;
    }

    /** One past the last input (or trailing silence) held. */
    long end() {
        return end;
    }

    /**
     * Drops the inputs before {@code firstNeeded}, moving the rest to the front, then appends new input, or silence
     * once the input has ended.
     *
     * @return the stream's length when this call found its end, else −1
     */
    long refill(FrameSupply upstream, long firstNeeded) throws IOException {
        int valid = (int) (end - start);
        int obsolete = (int) (firstNeeded - start);
        if (obsolete > 0) {
            for (double[] channel : samples) {
                System.arraycopy(channel, obsolete, channel, 0, valid - obsolete);
            }
            start += obsolete;
            valid -= obsolete;
        }
        long streamEnd = -1;
        if (!ended) {
            int frames = upstream.read(samples, valid, capacity - valid);
            if (frames > 0) {
                end += frames;
                return -1;
            }
            ended = true;
            streamEnd = end;
        }
        for (double[] channel : samples) {
            Arrays.fill(channel, valid, capacity, 0);
        }
        end = start + capacity;
        return streamEnd;
    }
}
