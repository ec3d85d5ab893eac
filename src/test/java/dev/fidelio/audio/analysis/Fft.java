package dev.fidelio.audio.analysis;

/** In-place iterative radix-2 complex FFT (decimation in time), double precision. */
public final class Fft {

    private Fft() {
    }

    /** Transforms {@code real} + i·{@code imaginary} in place; the length must be a power of two. */
    public static void transform(double[] real, double[] imaginary) {
        int n = real.length;
        if (Integer.bitCount(n) != 1 || imaginary.length != n) {
            throw new IllegalArgumentException("FFT length must be a power of two: " + n);
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                swap(real, i, j);
                swap(imaginary, i, j);
            }
        }
        for (int length = 2; length <= n; length <<= 1) {
            int half = length / 2;
            for (int k = 0; k < half; k++) {
                // Twiddles from sin/cos directly rather than by recurrence, which would lose precision we need.
                double angle = -2 * Math.PI * k / length;
                double wr = Math.cos(angle);
                double wi = Math.sin(angle);
                for (int start = k; start < n; start += length) {
                    int other = start + half;
                    double tr = wr * real[other] - wi * imaginary[other];
                    double ti = wr * imaginary[other] + wi * real[other];
                    real[other] = real[start] - tr;
                    imaginary[other] = imaginary[start] - ti;
                    real[start] += tr;
                    imaginary[start] += ti;
                }
            }
        }
    }

    private static void swap(double[] values, int i, int j) {
        double value = values[i];
        values[i] = values[j];
        values[j] = value;
    }
}
