package dev.fidelio.audio.encode.flac;

/**
 * FLAC's LPC subframe predictor: Levinson-Durbin on the autocorrelation of the Tukey(0.5)-windowed block gives
 * the predictors of every order at once; the order is chosen by the residual size their prediction errors promise,
 * and its coefficients are quantized to {@code precision} bits with the rounding error carried from one coefficient
 * to the next. All floating point goes through {@link StrictMath}, so the same audio always gives the same bytes.
 */
final class LinearPredictor {

    private static final int MAX_SHIFT = 15;
    private static final int PRECISION_FIELD_BITS = 4;
    private static final int SHIFT_FIELD_BITS = 5;
    private static final double TUKEY_TAPER = 0.5;
    private static final double LN2 = StrictMath.log(2);

    private final int maxOrder;
    private final double[] windowed;
    private final double[] autocorrelation;
    private final double[][] coefficients;
    private final double[] errors;
    private final int[] quantized;
    private double[] window = new double[0];
    private int order;
    private int precision;
    private int shift;

    LinearPredictor(int maxBlockSize, int maxOrder) {
        this.maxOrder = maxOrder;
        windowed = new double[maxBlockSize];
        autocorrelation = new double[maxOrder + 1];
        coefficients = new double[maxOrder][maxOrder];
        errors = new double[maxOrder];
        quantized = new int[maxOrder];
    }

    /**
     * Finds a quantized predictor for {@code samples[0..count)} of {@code bits}-bit audio; false when there is none
     * worth trying (a block of silence or too little signal to model).
     */
    boolean analyze(int[] samples, int count, int bits) {
        int candidates = autocorrelate(samples, count);
        if (candidates == 0) {
            return false;
        }
        precision = coefficientPrecision(bits);
        order = bestOrder(candidates, count, bits);
        return quantize(coefficients[order - 1]);
    }

    int order() {
        return order;
    }

    /** Bits of the subframe spent on the predictor: warm-up samples, precision, shift and coefficients. */
    long headerBits(int bits) {
        return (long) order * bits + PRECISION_FIELD_BITS + SHIFT_FIELD_BITS + (long) order * precision;
    }

    /**
     * Writes the residual of the predictor into {@code residual[order..count)}; false when some value does not fit the
     * 32 bits a FLAC residual may take.
     */
    boolean residual(int[] s, int count, int[] residual) {
        long overflow = 0;
        int[] q = quantized;
        for (int i = order; i < count; i++) {
            long prediction = 0;
            for (int j = 0; j < order; j++) {
                prediction += (long) q[j] * s[i - 1 - j];
            }
            long value = s[i] - (prediction >> shift);
            overflow |= value - (int) value;
            residual[i] = (int) value;
        }
        return overflow == 0;
    }

    void writeParameters(BitWriter out) {
        out.writeBits(PRECISION_FIELD_BITS, precision - 1);
        out.writeBits(SHIFT_FIELD_BITS, shift);
        for (int j = 0; j < order; j++) {
            out.writeBits(precision, quantized[j]);
        }
    }

    /** Fills the autocorrelation and the predictors of orders 1 … n; returns n, 0 for a silent block. */
    private int autocorrelate(int[] samples, int count) {
        double[] w = window(count);
        for (int i = 0; i < count; i++) {
            windowed[i] = samples[i] * w[i];
        }
        int lags = Math.min(maxOrder, count - 1);
        for (int lag = 0; lag <= lags; lag++) {
            double sum = 0;
            for (int i = lag; i < count; i++) {
                sum += windowed[i] * windowed[i - lag];
            }
            autocorrelation[lag] = sum;
        }
        return autocorrelation[0] == 0 ? 0 : levinsonDurbin(lags);
    }

    /** Levinson-Durbin recursion; stops early when the prediction error vanishes (a perfectly predictable signal). */
    private int levinsonDurbin(int lags) {
        double error = autocorrelation[0];
        for (int m = 1; m <= lags; m++) {
            double[] previous = m > 1 ? coefficients[m - 2] : null;
            double[] current = coefficients[m - 1];
            double reflection = autocorrelation[m];
            for (int j = 0; j < m - 1; j++) {
                reflection -= previous[j] * autocorrelation[m - 1 - j];
            }
            reflection /= error;
            for (int j = 0; j < m - 1; j++) {
                current[j] = previous[j] - reflection * previous[m - 2 - j];
            }
            current[m - 1] = reflection;
            error *= 1 - reflection * reflection;
            errors[m - 1] = error;
            if (error <= 0) {
                return m;
            }
        }
        return lags;
    }

    /**
     * A residual with variance σ² costs about ½·log2(σ²) bits a sample once Rice coded; the order with the smallest
     * total, coefficients included, wins.
     */
    private int bestOrder(int candidates, int count, int bits) {
        int best = 1;
        double bestBits = Double.MAX_VALUE;
        double scale = 0.5 / count;
        for (int m = 1; m <= candidates; m++) {
            double perSample = errors[m - 1] <= 0 ? 0 : Math.max(0, 0.5 * StrictMath.log(scale * errors[m - 1]) / LN2);
            double total = perSample * (count - m) + (double) m * (bits + precision);
            if (total < bestBits) {
                bestBits = total;
                best = m;
            }
        }
        return best;
    }

    /** Finer coefficients pay off in longer blocks and deeper audio (the choices of the reference encoder). */
    private static int coefficientPrecision(int bits) {
        return bits < 16 ? Math.max(5, 2 + bits / 2) : 12;
    }

    private boolean quantize(double[] lpc) {
        double largest = 0;
        for (int j = 0; j < order; j++) {
            largest = Math.max(largest, Math.abs(lpc[j]));
        }
        if (largest == 0 || !Double.isFinite(largest)) {
            return false;
        }
        // Scale so the largest coefficient just fits the signed precision-bit field; decoders take no negative shift.
        shift = precision - 2 - Math.getExponent(largest);
        if (shift < 0) {
            return false;
        }
        shift = Math.min(shift, MAX_SHIFT);
        int max = (1 << (precision - 1)) - 1;
        int min = -(1 << (precision - 1));
        double carried = 0;
        for (int j = 0; j < order; j++) {
            carried += lpc[j] * (1 << shift);
            long rounded = Math.round(carried);
            quantized[j] = (int) Math.max(min, Math.min(max, rounded));
            carried -= quantized[j];
        }
        return true;
    }

    /** Tukey(0.5): flat in the middle half, raised-cosine tapers over the first and last quarters. */
    private double[] window(int count) {
        if (window.length != count) {
            window = new double[count];
            int taper = Math.max(1, (int) (TUKEY_TAPER / 2 * count));
            for (int i = 0; i < count; i++) {
                int fromEdge = Math.min(i, count - 1 - i);
                window[i] = fromEdge >= taper ? 1 : 0.5 - 0.5 * StrictMath.cos(Math.PI * (fromEdge + 0.5) / taper);
            }
        }
        return window;
    }
}
