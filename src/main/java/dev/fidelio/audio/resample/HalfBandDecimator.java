package dev.fidelio.audio.resample;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Halves the rate with a half-band filter: a Kaiser-windowed sinc cut off at exactly a quarter of the input rate, so
 * that every coefficient at an even distance from the centre, except the centre itself, is zero. Its transition is
 * symmetric about the quarter rate (pass to {@code rate/2 − pass}), which for a first halving stage is far wider than
 * a later stage needs, so the filter is a dozen or so distinct coefficients: only the odd taps are computed, the two
 * taps at the same distance share one multiplication, and only the outputs kept are computed.
 *
 * <p>Output {@code k} is centred on input {@code 2k}, with silence before the first input and after the last, as for
 * every stage: no delay, linear phase.
 */
final class HalfBandDecimator implements ConversionStage {

    private static final Map<StageSpec, Design> DESIGNS = new ConcurrentHashMap<>();

    /** The coefficients: {@code centre}, and {@code odd[m]} at distances ±(2m + 1). Immutable and shared. */
    static final class Design {
        final double centre;
        final double[] odd;
        /** The farthest input a tap reaches from the centre (odd). */
        final int reach;

        private Design(StageSpec spec) {
            double rate = spec.inputRate();
            double stopHz = rate / 2 - spec.passHz();
            if (spec.up() != 1 || spec.down() != 2 || stopHz < spec.stopHz() || spec.passHz() >= rate / 4) {
                throw new IllegalArgumentException("Not a half-band decimation: " + spec);
            }
            double transition = (stopHz - spec.passHz()) / rate;
            int halfLength = (int) Math.ceil(KaiserWindow.lengthFor(spec.attenuationDb(), transition) / 2);
            int pairs = Math.max(1, (halfLength + 1) / 2);
            this.reach = 2 * pairs - 1;
            double windowHalf = reach + 1;
            KaiserWindow window = new KaiserWindow(KaiserWindow.betaFor(spec.attenuationDb()));
            this.odd = new double[pairs];
            // Cut-off at a quarter of the rate: h(o) = ½·sinc(o/2)·w(o), zero for even o ≠ 0.
            double sum = 0.5;
            for (int m = 0; m < pairs; m++) {
                int offset = 2 * m + 1;
                double angle = Math.PI * offset / 2;
                odd[m] = 0.5 * Math.sin(angle) / angle * window.at(offset / windowHalf);
                sum += 2 * odd[m];
            }
            double scale = spec.gain() / sum;
            this.centre = 0.5 * scale;
            for (int m = 0; m < pairs; m++) {
                odd[m] *= scale;
            }
        }
    }

    static Design designFor(StageSpec spec) {
        return DESIGNS.computeIfAbsent(spec, Design::new);
    }

    private final FrameSupply upstream;
    private final double centre;
    private final double[] odd;
    private final int reach;
    private final InputHistory history;
    private long outputIndex;
    private long outputLimit = Long.MAX_VALUE;

    HalfBandDecimator(FrameSupply upstream, Design design, int channels, int chunkFrames) {
        this.upstream = upstream;
        this.centre = design.centre;
        this.odd = design.odd;
        this.reach = design.reach;
        this.history = new InputHistory(channels, 2 * reach + 2 * chunkFrames, reach);
    }

    @Override
    public void limitOutput(long frames) {
        outputLimit = Math.min(outputLimit, frames);
    }

    @Override
    public int read(double[][] output, int offset, int maxFrames) throws IOException {
        int produced = 0;
        while (produced < maxFrames && outputIndex < outputLimit) {
            // Outputs whose window the history holds: 2k + reach < end.
            long ready = Math.floorDiv(history.end() - 1 - reach, 2) + 1 - outputIndex;
            if (ready <= 0) {
                fill();
                continue;
            }
            int count = (int) Math.min(Math.min(ready, maxFrames - produced), outputLimit - outputIndex);
            int first = (int) (2 * outputIndex - history.start());
            double[][] in = history.samples;
            int c = 0;
            for (; c + 1 < in.length; c += 2) {
                filterPair(in[c], in[c + 1], first, output[c], output[c + 1], offset + produced, count);
            }
            if (c < in.length) {
                filter(in[c], first, output[c], offset + produced, count);
            }
            produced += count;
            outputIndex += count;
        }
        return produced == 0 ? -1 : produced;
    }

    private void filterPair(double[] left, double[] right, int first, double[] leftOut, double[] rightOut, int at,
            int count) {
        double[] odd = this.odd;
        int pairs = odd.length;
        for (int k = 0, i = first; k < count; k++, i += 2) {
            double l = centre * left[i];
            double r = centre * right[i];
            for (int m = 0; m < pairs; m++) {
                int d = 2 * m + 1;
                double g = odd[m];
                l += g * (left[i - d] + left[i + d]);
                r += g * (right[i - d] + right[i + d]);
            }
            leftOut[at + k] = l;
            rightOut[at + k] = r;
        }
    }

    private void filter(double[] samples, int first, double[] out, int at, int count) {
        double[] odd = this.odd;
        int pairs = odd.length;
        for (int k = 0, i = first; k < count; k++, i += 2) {
            double sum = centre * samples[i];
            for (int m = 0; m < pairs; m++) {
                int d = 2 * m + 1;
                sum += odd[m] * (samples[i - d] + samples[i + d]);
            }
            out[at + k] = sum;
        }
    }

    private void fill() throws IOException {
        long streamEnd = history.refill(upstream, 2 * outputIndex - reach);
        if (streamEnd >= 0) {
            // Outputs whose window lies wholly in the silence after the last input are zero: stop before them.
            limitOutput(Math.floorDiv(streamEnd - 1 + reach, 2) + 1);
        }
    }
}
