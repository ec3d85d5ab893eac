package dev.fidelio.audio.dsd;

/**
 * The two FIR stages that turn DSD at {@code multiple} × 2.8224 MHz into PCM at 176.4 kHz, both Kaiser-windowed sincs
 * designed for about 120 dB of stopband (β = 12.3) and normalised to unity gain at DC, so full-scale DSD (all ones)
 * gives full-scale PCM.
 * <ol>
 * <li>Stage 1 works on the bits directly and decimates by 8 × {@code multiple} to 352.8 kHz. It has
 * 96 × {@code multiple} + 1 taps (transition ~45 → ~277 kHz, the same in Hz at every DSD rate), which keeps all
 * that folds onto 0–52 kHz at 352.8 kHz — from 300.8 kHz up — in its stopband. Its taps are grouped by eight into
 * tables of the 256 possible bytes, so one output costs one lookup per DSD byte of history.</li>
 * <li>Stage 2 decimates by 2 to 176.4 kHz with 125 taps, cutoff 38 kHz: flat (±10⁻⁵ dB) to about 27 kHz and
 * ≥ 120 dB down from about 49 kHz, which removes the modulator's ultrasonic noise that stage 1 let through.</li>
 * </ol>
 * Both are linear phase; their delays add to 33 output samples (plus one DSD bit), which the decoder removes.
 */
final class DecimationFilterDesign {

    static final int STAGE1_TAPS_PER_MULTIPLE = 96;
    static final int STAGE2_TAPS = 125;
    static final double STAGE1_CUTOFF_HZ = 161_000;
    static final double STAGE2_CUTOFF_HZ = 38_000;
    static final double STAGE2_RATE = 352_800;
    static final double KAISER_BETA = 12.3;
    /** Whole output samples of delay: (48·multiple bits = 6 stage-1 samples, +62 stage-1 samples) / 2 − 1 bit. */
    static final int DELAY_FRAMES = 33;
    /** Table index standing for "no signal yet / any more": contributes nothing. */
    static final int SILENCE = 256;

    private static final DecimationFilterDesign[] CACHE = new DecimationFilterDesign[4];

    final int multiple;
    /** Stage 1 as lookup tables: {@code stage1[g][b]} is the response to byte {@code b} that is {@code g} bytes old. */
    final double[][] stage1;
    final double[] stage2;

    private DecimationFilterDesign(int multiple) {
        this.multiple = multiple;
        double[] taps = lowPass(STAGE1_TAPS_PER_MULTIPLE * multiple + 1, STAGE1_CUTOFF_HZ / (DsdStream.BASE_RATE * (double) multiple));
        int groups = (taps.length + 7) / 8;
        stage1 = new double[groups][SILENCE + 1];
        for (int g = 0; g < groups; g++) {
            for (int b = 0; b < 256; b++) {
                double sum = 0;
                // Bit i (from the least significant) of a byte g bytes old is 8g + i bits older than the newest bit.
                for (int i = 0; i < 8; i++) {
                    int k = 8 * g + i;
                    if (k < taps.length) {
                        sum += ((b >> i) & 1) != 0 ? taps[k] : -taps[k];
                    }
                }
                stage1[g][b] = sum;
            }
        }
        stage2 = lowPass(STAGE2_TAPS, STAGE2_CUTOFF_HZ / STAGE2_RATE);
    }

    /** The design for DSD at {@code multiple} × 2.8224 MHz (1, 2, 4 or 8). */
    static synchronized DecimationFilterDesign forMultiple(int multiple) {
        int index = Integer.numberOfTrailingZeros(multiple);
        if (CACHE[index] == null) {
            CACHE[index] = new DecimationFilterDesign(multiple);
        }
        return CACHE[index];
    }

    /** Bytes of each channel consumed per stage-1 output. */
    int bytesPerStage1Output() {
        return multiple;
    }

    /** Windowed-sinc low-pass, {@code cutoff} as a fraction of the sample rate, normalised to unity DC gain. */
    static double[] lowPass(int length, double cutoff) {
        double[] h = new double[length];
        double middle = (length - 1) / 2.0;
        double sum = 0;
        for (int n = 0; n < length; n++) {
            double x = n - middle;
            double sinc = x == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            double ratio = 2 * n / (double) (length - 1) - 1;
            h[n] = sinc * besselI0(KAISER_BETA * Math.sqrt(1 - ratio * ratio)) / besselI0(KAISER_BETA);
            sum += h[n];
        }
        for (int n = 0; n < length; n++) {
            h[n] /= sum;
        }
        return h;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges fast for β ≤ 20). */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }
}
