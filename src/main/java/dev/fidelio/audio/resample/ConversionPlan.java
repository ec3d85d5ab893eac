package dev.fidelio.audio.resample;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rate conversion into stages so that no stage does more work than it must.
 *
 * <p>The audio band kept is {@link #PASSBAND_FRACTION} of the lower rate (20 kHz at 44.1 kHz, 21.8 kHz at 48 kHz);
 * everything from the lower rate's Nyquist frequency up is rejected, so nothing aliases or images anywhere below it.
 * The transition between them is what sets a filter's length, and its cost per output sample grows with the input
 * rate when decimating. So a large decimation first halves the rate (while the result stays at least twice the
 * target) with half-band filters: a halving stage only has to reject what would fold back below the final stopband
 * edge, which leaves it a transition band tens of kilohertz wide and a dozen distinct coefficients. Then, when the
 * input is at least twice the output rate, a short rational stage goes to exactly twice the output rate (its stopband
 * also starts only where its leftovers would fold into what the last stage removes), and the last stage halves the
 * rate with the one narrow, long filter, by fast convolution ({@link FftDecimator}), whose cost hardly depends on the
 * filter's length. The intermediate stages' leaks would alias straight into the passband, so they are designed for
 * {@link PolyphaseFilter#INTERMEDIATE_ATTENUATION_DB}. Otherwise (less than a factor of two, or a ratio too complex)
 * the last stage is a direct rational one with the narrow transition. A large interpolation is the mirror image: the
 * rational stage first, then doublings.
 */
final class ConversionPlan {

    /** 20 kHz at 44.1 kHz: the band we keep flat, as a fraction of the lower of the two rates. */
    static final double PASSBAND_FRACTION = 20_000.0 / 44_100;

    /** Beyond this a single rational stage's table would not be worth its memory; common rates stay far below. */
    static final int MAX_FACTOR = 1024;

    private ConversionPlan() {
    }

    /** The stages from {@code inputRate} to {@code outputRate}; the last one applies {@code gain}. */
    static List<StageSpec> stages(int inputRate, int outputRate, double gain) {
        int lowerRate = Math.min(inputRate, outputRate);
        double passHz = lowerRate * PASSBAND_FRACTION;
        double stopHz = lowerRate / 2.0;
        List<StageSpec> stages = new ArrayList<>();

        int rate = inputRate;
        while (rate % 2 == 0 && rate / 2 >= 2L * outputRate) {
            stages.add(new StageSpec(rate, 1, 2, passHz, rate / 2.0 - stopHz, 1,
                    PolyphaseFilter.INTERMEDIATE_ATTENUATION_DB, StageSpec.Method.HALF_BAND));
            rate /= 2;
        }
        long doubleOutput = 2L * outputRate;
        if (rate >= doubleOutput && doubleOutput <= Integer.MAX_VALUE && simpleEnough(rate, (int) doubleOutput)) {
            // To twice the output rate, letting through what the last stage will remove; then that last, narrow,
            // long filter halves the rate by fast convolution, at a cost hardly depending on its length.
            if (rate != doubleOutput) {
                StageSpec wide = rationalStage(rate, (int) doubleOutput, passHz, doubleOutput - stopHz, 1);
                stages.add(new StageSpec(wide.inputRate(), wide.up(), wide.down(), wide.passHz(), wide.stopHz(), 1,
                        PolyphaseFilter.INTERMEDIATE_ATTENUATION_DB, StageSpec.Method.POLYPHASE));
            }
            stages.add(new StageSpec((int) doubleOutput, 1, 2, passHz, stopHz, gain, PolyphaseFilter.ATTENUATION_DB,
                    StageSpec.Method.FFT));
            return stages;
        }
        int rationalTarget = outputRate;
        int doublings = 0;
        while (rationalTarget % 2 == 0 && rationalTarget / 2 >= 2L * inputRate) {
            rationalTarget /= 2;
            doublings++;
        }
        stages.add(rationalStage(rate, rationalTarget, passHz, stopHz, doublings == 0 ? gain : 1));
        for (int i = 0; i < doublings; i++) {
            stages.add(new StageSpec(rationalTarget, 2, 1, passHz, rationalTarget - stopHz, i == doublings - 1 ? gain : 1));
            rationalTarget *= 2;
        }
        return stages;
    }

    private static boolean simpleEnough(int from, int to) {
        int divisor = gcd(from, to);
        return to / divisor <= MAX_FACTOR && from / divisor <= MAX_FACTOR;
    }

    private static StageSpec rationalStage(int from, int to, double passHz, double stopHz, double gain) {
        int divisor = gcd(from, to);
        int up = to / divisor;
        int down = from / divisor;
        if (up > MAX_FACTOR || down > MAX_FACTOR) {
            throw new IllegalArgumentException("Cannot resample " + from + " Hz to " + to + " Hz: the ratio " + up
                    + "/" + down + " is too complex (numerator and denominator must be at most " + MAX_FACTOR + ")");
        }
        return new StageSpec(from, up, down, passHz, stopHz, gain);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
