package dev.fidelio.audio.analysis;

/**
 * The spectrum of a block whose tones complete a whole number of cycles (coherent sampling), so each tone falls on
 * one bin and no window is needed: nothing leaks, and every other bin holds only what the system under test added.
 * Levels are relative to a full-scale sine (0 dBFS) of the given full-scale value.
 */
public final class CoherentSpectrum {

    private final int length;
    private final double[] real;
    private final double[] imaginary;

    private CoherentSpectrum(double[] real, double[] imaginary) {
        this.length = real.length;
        this.real = real;
        this.imaginary = imaginary;
    }

    /** Analyses {@code length} samples of {@code samples} from {@code start}, {@code fullScale} being 0 dBFS. */
    public static CoherentSpectrum of(int[] samples, int start, int length, double fullScale) {
        double[] real = new double[length];
        for (int i = 0; i < length; i++) {
            real[i] = samples[start + i] / fullScale;
        }
        double[] imaginary = new double[length];
        Fft.transform(real, imaginary);
        return new CoherentSpectrum(real, imaginary);
    }

    /** The frequency of {@code bin} when {@code length} samples are taken at {@code sampleRate}. */
    public static double binFrequency(int bin, int length, int sampleRate) {
        return (double) bin * sampleRate / length;
    }

    /** The amplitude of the sine at {@code bin}, 1.0 being full scale. */
    public double amplitude(int bin) {
        return 2 * Math.hypot(real[bin], imaginary[bin]) / length;
    }

    /** The phase of the sine at {@code bin}, in radians, as in {@code sin(ωt + phase)}. */
    public double sinePhase(int bin) {
        return Math.atan2(real[bin], -imaginary[bin]);
    }

    /** Everything except the sines at {@code excludedBins}, DC included, in dB relative to a full-scale sine. */
    public double residualDbfs(int... excludedBins) {
        double power = 0;
        for (int bin = 0; bin <= length / 2; bin++) {
            if (!contains(excludedBins, bin)) {
                double binPower = real[bin] * real[bin] + imaginary[bin] * imaginary[bin];
                power += bin == 0 || bin == length / 2 ? binPower : 2 * binPower;
            }
        }
        // Mean square is power/N²; a full-scale sine's is 1/2.
        return 10 * Math.log10(2 * power / ((double) length * length));
    }

    /** The strongest bin other than {@code excludedBins}, as a sine level in dBFS. */
    public double largestSpurDbfs(int... excludedBins) {
        double largest = 0;
        for (int bin = 1; bin < length / 2; bin++) {
            if (!contains(excludedBins, bin)) {
                largest = Math.max(largest, amplitude(bin));
            }
        }
        return 20 * Math.log10(largest);
    }

    private static boolean contains(int[] bins, int bin) {
        for (int excluded : bins) {
            if (excluded == bin) {
                return true;
            }
        }
        return false;
    }
}
