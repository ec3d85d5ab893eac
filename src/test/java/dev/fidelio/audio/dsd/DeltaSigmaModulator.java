package dev.fidelio.audio.dsd;

/**
 * A second-order 1-bit delta-sigma modulator (error feedback, noise transfer function (1 − z⁻¹)²): simple and stable
 * for inputs up to about ±0.7, with its noise rising 40 dB per decade above the audio band like real DSD's does.
 */
public final class DeltaSigmaModulator {

    private DeltaSigmaModulator() {
    }

    /** Encodes {@code input} (±1 = 100 % modulation) into bytes, most significant bit oldest, as DFF stores them. */
    public static byte[] encode(double[] input) {
        byte[] out = new byte[input.length / 8];
        double previousError = 0;
        double olderError = 0;
        for (int n = 0; n < out.length * 8; n++) {
            double v = input[n] - 2 * previousError + olderError;
            double y = v >= 0 ? 1 : -1;
            olderError = previousError;
            previousError = y - v;
            if (y > 0) {
                out[n >> 3] |= (byte) (0x80 >>> (n & 7));
            }
        }
        return out;
    }

    /** A sine of {@code amplitude} (fraction of 100 % modulation) at {@code frequency}, {@code length} DSD bits long. */
    public static double[] sine(double frequency, double amplitude, int dsdRate, int length) {
        double[] x = new double[length];
        for (int n = 0; n < length; n++) {
            x[n] = amplitude * Math.sin(2 * Math.PI * frequency * n / dsdRate);
        }
        return x;
    }

    /** The bits of {@code bytes} as ±1.0, oldest first. */
    static double[] bipolar(byte[] bytes, int fromBit, int length) {
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            int n = fromBit + i;
            x[i] = ((bytes[n >> 3] >> (7 - (n & 7))) & 1) != 0 ? 1 : -1;
        }
        return x;
    }
}
