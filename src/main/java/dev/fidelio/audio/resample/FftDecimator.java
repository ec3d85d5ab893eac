package dev.fidelio.audio.resample;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Halves the rate with a long linear-phase filter by fast convolution (overlap-save): the same Kaiser-windowed sinc as
 * a {@link PolyphaseStage} would apply directly, but at a cost that grows with the logarithm of its length instead of
 * with its length. This is where a conversion's narrow transition band (20 kHz to 22.05 kHz for 44.1 kHz, hundreds
 * of taps) is applied, so it is where the time goes: done directly it costs some 500 multiply-adds per output sample
 * and channel; here about 20 complex butterflies per output frame, both channels of a pair together.
 *
 * <p>Output {@code k} is the filter centred on input {@code 2k} (silence before the first input, after the last), as
 * for every stage: no delay. Each block takes {@link Design#size} inputs starting {@link Design#pad} before the first
 * output's centre, transforms two channels at once as the real and imaginary parts of one complex signal (the filter
 * is real, so they do not mix), multiplies by the filter's spectrum (real, because the filter is symmetric), folds the
 * spectrum's two halves together (which keeps every other output sample, i.e. decimates) and transforms back at half
 * the size. The outputs whose window lies wholly inside the block are exact linear convolution; they are kept, and
 * the next block starts where they end.
 */
final class FftDecimator implements ConversionStage {

    private static final Map<StageSpec, Design> DESIGNS = new ConcurrentHashMap<>();

    /** The filter's spectrum and the block geometry for one stage specification; immutable and shared. */
    static final class Design {
        final Fft fft;
        final int size;
        /** Inputs before the first output's centre in a block: the filter's half length, rounded up to even. */
        final int pad;
        /** Outputs per block. */
        final int outputs;
        /** Half the filter's length: its taps reach from −halfTaps to +halfTaps around the centre. */
        final int halfTaps;
        /** The filter's spectrum in bit-reversed order, divided by the size (the inverse transform's scale). */
        final double[] spectrum;

        private Design(StageSpec spec) {
            if (spec.up() != 1 || spec.down() != 2) {
                throw new IllegalArgumentException("Not a 2:1 decimation: " + spec);
            }
            PolyphaseFilter filter = PolyphaseFilter.design(spec);
            int taps = filter.taps;
            // Offset o from the centre has coefficient [taps/2 − 1 − o]; o = −taps/2 is zero (the window's edge).
            this.halfTaps = taps / 2 - 1;
            this.pad = (halfTaps + 1) & ~1;
            int n = Integer.highestOneBit(Math.max(4 * (2 * pad + 1), 1024) - 1) << 1;
            this.size = n;
            this.outputs = (n - 1 - 2 * pad) / 2 + 1;
            this.fft = new Fft(n);
            double[] re = new double[n];
            double[] im = new double[n];
            for (int offset = -halfTaps; offset <= halfTaps; offset++) {
                re[Math.floorMod(offset, n)] = filter.coefficients[taps / 2 - 1 - offset];
            }
            fft.forward(re, im);
            this.spectrum = new double[n];
            for (int k = 0; k < n; k++) {
                // The kernel is even, so its spectrum is real: the imaginary part is round-off only.
                spectrum[k] = re[k] / n;
            }
        }
    }

    static Design designFor(StageSpec spec) {
        return DESIGNS.computeIfAbsent(spec, Design::new);
    }

    private final FrameSupply upstream;
    private final Design design;
    private final int channels;
    private final int size;
    private final int blockOutputs;
    /** Inputs {@code base … base + size − 1}, per channel; {@code base = 2·blockStart − pad}. */
    private final double[][] history;
    private final double[] re;
    private final double[] im;
    private final double[][] block;
    private int filled;
    private long base;
    private boolean upstreamEnded;
    private int served;
    private int available;
    private long outputIndex;
    private long outputLimit = Long.MAX_VALUE;

    FftDecimator(FrameSupply upstream, Design design, int channels) {
        this.upstream = upstream;
        this.design = design;
        this.channels = channels;
        this.size = design.size;
        this.blockOutputs = design.outputs;
        this.history = new double[channels][size];
        this.re = new double[size];
        this.im = new double[size];
        this.block = new double[channels][blockOutputs];
        this.base = -design.pad;
        // The silence before the stream.
        this.filled = design.pad;
    }

    @Override
    public void limitOutput(long frames) {
        outputLimit = Math.min(outputLimit, frames);
    }

    @Override
    public int read(double[][] output, int offset, int maxFrames) throws IOException {
        int produced = 0;
        while (produced < maxFrames && outputIndex < outputLimit) {
            if (served == available) {
                fill();
                filterBlock();
                continue;
            }
            int n = (int) Math.min(Math.min(available - served, maxFrames - produced), outputLimit - outputIndex);
            for (int c = 0; c < channels; c++) {
                System.arraycopy(block[c], served, output[c], offset + produced, n);
            }
            served += n;
            produced += n;
            outputIndex += n;
        }
        return produced == 0 ? -1 : produced;
    }

    /** Completes the block's input, with silence once the input has ended. */
    private void fill() throws IOException {
        while (filled < size && !upstreamEnded) {
            int frames = upstream.read(history, filled, size - filled);
            if (frames > 0) {
                filled += frames;
            } else {
                upstreamEnded = true;
                // Outputs whose window lies wholly in the silence after the last input are zero: stop before them.
                long end = base + filled;
                limitOutput(Math.floorDiv(end - 1 + design.halfTaps, 2) + 1);
            }
        }
        if (filled < size) {
            for (double[] channel : history) {
                Arrays.fill(channel, filled, size, 0);
            }
            filled = size;
        }
    }

    /** Filters the block in the history into {@link #block}, then moves the history on by the inputs it consumed. */
    private void filterBlock() {
        Fft fft = design.fft;
        double[] spectrum = design.spectrum;
        int half = size / 2;
        int first = design.pad / 2;
        for (int c = 0; c < channels; c += 2) {
            System.arraycopy(history[c], 0, re, 0, size);
            if (c + 1 < channels) {
                System.arraycopy(history[c + 1], 0, im, 0, size);
            } else {
                Arrays.fill(im, 0);
            }
            fft.forward(re, im);
            // Bit-reversed positions 2r and 2r + 1 hold bins k and k + size/2: their sum is the decimated spectrum.
            for (int r = 0; r < half; r++) {
                double g0 = spectrum[2 * r];
                double g1 = spectrum[2 * r + 1];
                double sumRe = re[2 * r] * g0 + re[2 * r + 1] * g1;
                double sumIm = im[2 * r] * g0 + im[2 * r + 1] * g1;
                re[r] = sumRe;
                im[r] = sumIm;
            }
            fft.inverse(re, im, half);
            System.arraycopy(re, first, block[c], 0, blockOutputs);
            if (c + 1 < channels) {
                System.arraycopy(im, first, block[c + 1], 0, blockOutputs);
            }
        }
        int consumed = 2 * blockOutputs;
        for (double[] channel : history) {
            System.arraycopy(channel, consumed, channel, 0, size - consumed);
        }
        filled -= consumed;
        base += consumed;
        served = 0;
        available = blockOutputs;
    }
}
