package dev.fidelio.audio.dither;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class TpdfNoiseTest {

    private static final int DRAWS = 2_000_000;

    @Test
    void isTriangularOverPlusMinusOneLsb() {
        TpdfNoise noise = TpdfNoise.seeded(7);
        int bins = 20;
        long[] histogram = new long[bins];
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double value = noise.next();
            assertThat(value).isStrictlyBetween(-1.0, 1.0);
            histogram[(int) ((value + 1) / 2 * bins)]++;
            sum += value;
            sumOfSquares += value * value;
        }
        for (int bin = 0; bin < bins; bin++) {
            double low = -1 + 2.0 * bin / bins;
            double high = low + 2.0 / bins;
            double expected = DRAWS * (triangularCdf(high) - triangularCdf(low));
            // Five standard deviations of a binomial count.
            assertThat((double) histogram[bin]).as("bin %d", bin).isCloseTo(expected, offset(5 * Math.sqrt(expected)));
        }
        assertThat(sum / DRAWS).isCloseTo(0, offset(0.002));
        assertThat(sumOfSquares / DRAWS).as("variance").isCloseTo(1.0 / 6, offset(0.002));
    }

    private static double triangularCdf(double x) {
        return x < 0 ? (1 + x) * (1 + x) / 2 : 1 - (1 - x) * (1 - x) / 2;
    }

    @Test
    void aSeedGivesARepeatableSequenceAndUnseededStreamsDiffer() {
        TpdfNoise first = TpdfNoise.seeded(42);
        TpdfNoise second = TpdfNoise.seeded(42);
        TpdfNoise other = TpdfNoise.unpredictable();
        int differences = 0;
        for (int i = 0; i < 1000; i++) {
            double value = first.next();
            assertThat(second.next()).isEqualTo(value);
            differences += other.next() != value ? 1 : 0;
        }
        assertThat(differences).isEqualTo(1000);
    }
}
