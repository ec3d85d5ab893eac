package dev.fidelio.audio.resample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transform against the definition of the DFT, in the orders it promises. */
class FftTest {

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048})
    void forwardIsTheDftInBitReversedOrderAndInverseUndoesItAtEverySize(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = random.nextDouble(-1, 1);
            im[i] = random.nextDouble(-1, 1);
        }
        double[] originalRe = re.clone();
        double[] originalIm = im.clone();
        Fft fft = new Fft(n);

        fft.forward(re, im);
        int bits = Integer.numberOfTrailingZeros(n);
        double worst = 0;
        for (int k = 0; k < n; k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int t = 0; t < n; t++) {
                double angle = -2 * Math.PI * (((long) k * t) % n) / n;
                sumRe += originalRe[t] * Math.cos(angle) - originalIm[t] * Math.sin(angle);
                sumIm += originalRe[t] * Math.sin(angle) + originalIm[t] * Math.cos(angle);
            }
            int position = Integer.reverse(k) >>> (32 - bits);
            worst = Math.max(worst, Math.hypot(re[position] - sumRe, im[position] - sumIm));
        }
        assertThat(worst).isLessThan(1e-12 * n);

        fft.inverse(re, im, n);
        for (int i = 0; i < n; i++) {
            assertThat(re[i] / n).isCloseTo(originalRe[i], org.assertj.core.api.Assertions.offset(1e-14));
            assertThat(im[i] / n).isCloseTo(originalIm[i], org.assertj.core.api.Assertions.offset(1e-14));
        }
    }

    @ParameterizedTest(name = "{0} of 4096 points")
    @ValueSource(ints = {4, 8, 64, 512, 2048, 4096})
    void inverseOfASmallerSizeUsesTheSameTables(int m) {
        Fft fft = new Fft(4096);
        double[] re = new double[m];
        double[] im = new double[m];
        re[0] = 1;
        // Bit-reversed position 1 is bin m/2: e^(iπn) = (−1)^n.
        re[1] = 1;
        fft.inverse(re, im, m);
        for (int i = 0; i < m; i++) {
            assertThat(re[i]).isCloseTo(1 + (i % 2 == 0 ? 1 : -1), org.assertj.core.api.Assertions.offset(1e-12));
            assertThat(im[i]).isCloseTo(0, org.assertj.core.api.Assertions.offset(1e-12));
        }
    }
}
