package dev.fidelio.audio.resample;

/**
 * The coefficients of one rational conversion by {@code up}/{@code down}: a Kaiser-windowed sinc low-pass designed in
 * double precision at the virtual rate {@code up}·input, split into {@code up} phases of {@link #taps} taps each.
 * Immutable, so one table is shared by every stream that converts between the same rates.
 *
 * <p>The prototype is symmetric about its centre (linear phase), and each output's taps are centred on that output's
 * own instant, so the filter adds no delay. Phase {@code p} holds, for tap {@code j}, the prototype at offset
 * {@code (taps/2 − 1 − j)·up + p}: applied to the inputs {@code n − taps/2 + 1 … n + taps/2} in ascending order, it
 * yields the output that falls {@code p/up} of an input period after input {@code n}. Rows are stored end to end in
 * one array so the inner loop reads both operands contiguously.
 */
final class PolyphaseFilter {

    /** Designed with margin over the 170 dB we promise, since Kaiser's length formula is an estimate. */
    static final double ATTENUATION_DB = 180;

    /**
     * For a stage whose wide transition lets through what a later stage removes: its leaks alias straight into the
     * passband, where they would add to the last stage's, so it keeps well clear of the promise; cheap, as its filter
     * is short.
     */
    static final double INTERMEDIATE_ATTENUATION_DB = 200;

    final int up;
    final int down;
    final int taps;
    final double[] coefficients;

    private PolyphaseFilter(int up, int down, int taps, double[] coefficients) {
        this.up = up;
        this.down = down;
        this.taps = taps;
        this.coefficients = coefficients;
    }

    /**
     * Designs the filter for {@code spec}: flat up to its passband edge, {@code spec.attenuationDb()} down from its
     * stopband edge, with the passband gain {@code spec.gain()}.
     */
    static PolyphaseFilter design(StageSpec spec) {
        int up = spec.up();
        double virtualRate = (double) spec.inputRate() * up;
        double transition = (spec.stopHz() - spec.passHz()) / virtualRate;
        int taps = roundUpToMultipleOf4(KaiserWindow.lengthFor(spec.attenuationDb(), transition) / up);
        int halfLength = taps / 2 * up;
        double cutoff = (spec.passHz() + spec.stopHz()) / 2 / virtualRate;
        KaiserWindow window = new KaiserWindow(KaiserWindow.betaFor(spec.attenuationDb()));

        double[] coefficients = new double[up * taps];
        double sum = 0;
        for (int phase = 0; phase < up; phase++) {
            for (int tap = 0; tap < taps; tap++) {
                int offset = (taps / 2 - 1 - tap) * up + phase;
                double value = 2 * cutoff * sinc(2 * cutoff * offset) * window.at((double) offset / halfLength);
                coefficients[phase * taps + tap] = value;
                sum += value;
            }
        }
        // Each phase then passes DC with the wanted gain (to within the stopband ripple).
        double scale = spec.gain() * up / sum;
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] *= scale;
        }
        return new PolyphaseFilter(up, spec.down(), taps, coefficients);
    }

    private static double sinc(double x) {
        if (x == 0) {
            return 1;
        }
        double angle = Math.PI * x;
        return Math.sin(angle) / angle;
    }

    private static int roundUpToMultipleOf4(double length) {
        return Math.max(4, (int) Math.ceil(length / 4) * 4);
    }
}
