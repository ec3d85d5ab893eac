package dev.fidelio.audio.dsd;

import dev.fidelio.audio.analysis.Fft;

/**
 * Power spectrum of a stretch of signal through a 4-term Blackman-Harris window (sidelobes −92 dB), scaled so the
 * bins of a band add up to the mean power in that band: a full-scale sine has power 0.5.
 */
final class Spectrum {

    private static final double[] BLACKMAN_HARRIS = {0.35875, 0.48829, 0.14128, 0.01168};

    private final double[] power;
    private final double binHz;

    Spectrum(double[] signal, int from, int length, double sampleRate) {
        double[] re = new double[length];
        double[] im = new double[length];
        double windowEnergy = 0;
        for (int n = 0; n < length; n++) {
            double phase = 2 * Math.PI * n / length;
            double w = BLACKMAN_HARRIS[0] - BLACKMAN_HARRIS[1] * Math.cos(phase) + BLACKMAN_HARRIS[2] * Math.cos(2 * phase)
                    - BLACKMAN_HARRIS[3] * Math.cos(3 * phase);
            re[n] = signal[from + n] * w;
            windowEnergy += w * w;
        }
        Fft.transform(re, im);
        power = new double[length / 2];
        for (int k = 1; k < length / 2; k++) {
            power[k] = 2 * (re[k] * re[k] + im[k] * im[k]) / (length * windowEnergy);
        }
        binHz = sampleRate / length;
    }

    /** Mean power in [{@code fromHz}, {@code toHz}]. */
    double band(double fromHz, double toHz) {
        double sum = 0;
        for (int k = Math.max(1, (int) Math.ceil(fromHz / binHz)); k <= Math.min(power.length - 1, (int) (toHz / binHz)); k++) {
            sum += power[k];
        }
        return sum;
    }

    /** Mean power in [{@code fromHz}, {@code toHz}] without the bins within {@code guardHz} of {@code skipHz}. */
    double bandWithout(double fromHz, double toHz, double skipHz, double guardHz) {
        return band(fromHz, toHz) - band(skipHz - guardHz, skipHz + guardHz);
    }

    double peakHz() {
        int best = 1;
        for (int k = 1; k < power.length; k++) {
            if (power[k] > power[best]) {
                best = k;
            }
        }
        return best * binHz;
    }

    static double db(double ratio) {
        return 10 * Math.log10(ratio);
    }
}
