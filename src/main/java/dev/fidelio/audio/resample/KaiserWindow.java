package dev.fidelio.audio.resample;

/**
 * The Kaiser window and Kaiser's empirical formulas linking its shape parameter and length to a low-pass filter's
 * stopband attenuation and transition width (Kaiser 1974; Oppenheim &amp; Schafer, eq. 7.62–7.63).
 */
final class KaiserWindow {

    private final double beta;
    private final double besselOfBeta;

    KaiserWindow(double beta) {
        this.beta = beta;
        this.besselOfBeta = besselI0(beta);
    }

    /** The shape parameter that gives a stopband attenuation of {@code attenuationDb} (valid above 50 dB). */
    static double betaFor(double attenuationDb) {
        return 0.1102 * (attenuationDb - 8.7);
    }

    /** Taps needed for {@code attenuationDb} with a transition {@code transitionWidth} wide, in cycles per sample. */
    static double lengthFor(double attenuationDb, double transitionWidth) {
        return (attenuationDb - 7.95) / (14.36 * transitionWidth);
    }

    /** The window at {@code position} ∈ [−1, 1] (0 is the centre); 0 outside. */
    double at(double position) {
        if (Math.abs(position) >= 1) {
            return 0;
        }
        return besselI0(beta * Math.sqrt(1 - position * position)) / besselOfBeta;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges for every x we use). */
    static double besselI0(double x) {
        double quarterSquare = x * x / 4;
        double term = 1;
        double sum = 1;
        for (int k = 1; term > sum * 1e-17; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
