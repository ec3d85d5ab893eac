package dev.fidelio.audio.resample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promised figures, measured with 32-bit input and output: passband ripple to 20 kHz, zero delay and linear (here
 * zero) phase, alias and image rejection, and THD+N of 1 kHz at −1 dBFS.
 */
class ResamplerQualityTest {

    private static final double TONE_DBFS = -1;

    static Stream<Arguments> ratePairs() {
        return Stream.of(
                Arguments.of(96_000, 44_100),
                Arguments.of(44_100, 96_000),
                Arguments.of(192_000, 44_100),
                Arguments.of(96_000, 48_000),
                Arguments.of(48_000, 44_100),
                Arguments.of(44_100, 48_000));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("ratePairs")
    void passbandIsFlatTo20kHzWithNoDelayOrPhaseShift(int inputRate, int outputRate) throws IOException {
        ToneMeasurement measurement = new ToneMeasurement(inputRate, outputRate);
        List<ToneMeasurement.Result> results = new ArrayList<>();
        for (double frequency : logSpaced(20, 20_000, 31)) {
            results.add(measurement.measure(frequency, TONE_DBFS));
        }
        double highest = results.stream().mapToDouble(ToneMeasurement.Result::gainDb).max().orElseThrow();
        double lowest = results.stream().mapToDouble(ToneMeasurement.Result::gainDb).min().orElseThrow();
        double worstPhase = results.stream().mapToDouble(r -> Math.abs(r.phaseError())).max().orElseThrow();
        report("%d→%d passband 20 Hz–20 kHz: gain %+.2e … %+.2e dB (ripple %.2e dB), worst phase error %.1e rad",
                inputRate, outputRate, lowest, highest, highest - lowest, worstPhase);

        assertThat(highest - lowest).as("passband ripple, dB").isLessThanOrEqualTo(0.01);
        assertThat(Math.max(highest, -lowest)).as("passband gain error, dB").isLessThanOrEqualTo(0.005);
        // 1e-6 rad at 20 kHz is a delay of 8 picoseconds: output k is at input time k·in/out, at every frequency.
        assertThat(worstPhase).as("phase error, rad").isLessThan(1e-6);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("ratePairs")
    void tonesAboveTheLowerNyquistFrequencyVanish(int inputRate, int outputRate) throws IOException {
        ToneMeasurement measurement = new ToneMeasurement(inputRate, outputRate);
        double worst = Double.POSITIVE_INFINITY;
        double worstFrequency = 0;
        String kind;
        if (inputRate > outputRate) {
            // Aliases: tones between the output's and the input's Nyquist frequencies must not appear at all.
            kind = "alias";
            for (double frequency : linearlySpaced(outputRate / 2.0 + 5, inputRate / 2.0 - 5, 40)) {
                ToneMeasurement.Result result = measurement.measure(frequency, TONE_DBFS);
                double rejection = TONE_DBFS - result.residualDbfs();
                if (rejection < worst) {
                    worst = rejection;
                    worstFrequency = result.frequency();
                }
            }
        } else {
            // Images: a tone in the passband must come out alone, without its mirror images around multiples of the input rate.
            kind = "image";
            for (double frequency : linearlySpaced(20, 20_000, 40)) {
                ToneMeasurement.Result result = measurement.measure(frequency, TONE_DBFS);
                if (result.residualBelowToneDb() < worst) {
                    worst = result.residualBelowToneDb();
                    worstFrequency = result.frequency();
                }
            }
        }
        report("%d→%d %s rejection: worst %.1f dB (tone at %.1f Hz)", inputRate, outputRate, kind, worst, worstFrequency);
        assertThat(worst).as(kind + " rejection, dB").isGreaterThanOrEqualTo(170);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("ratePairs")
    void thdPlusNoiseOf1kHzAtMinus1Dbfs(int inputRate, int outputRate) throws IOException {
        ToneMeasurement.Result result = new ToneMeasurement(inputRate, outputRate).measure(1000, TONE_DBFS);
        double thdPlusNoise = -result.residualBelowToneDb();
        report("%d→%d THD+N of %.2f Hz at −1 dBFS: %.1f dB", inputRate, outputRate, result.frequency(), thdPlusNoise);
        assertThat(thdPlusNoise).as("THD+N, dB").isLessThanOrEqualTo(-150);
    }

    static double[] logSpaced(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from * Math.pow(to / from, (double) i / (count - 1));
        }
        return values;
    }

    static double[] linearlySpaced(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + (to - from) * i / (count - 1);
        }
        return values;
    }

    static void report(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
