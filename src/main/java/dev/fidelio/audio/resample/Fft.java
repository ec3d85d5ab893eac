package dev.fidelio.audio.resample;

/**
 * A radix-2² complex FFT (two radix-2 passes fused, so the data is read and written half as often) of one power-of-two size on split real and imaginary arrays, for fast convolution. It never
 * reorders: the forward transform (decimation in frequency) takes natural order and leaves the spectrum in
 * bit-reversed order, and the inverse (decimation in time) takes bit-reversed order and returns natural order. A
 * convolution multiplies spectra point by point, so it never needs the natural order in between, and skipping the two
 * permutations saves a pass over the data each way.
 *
 * <p>Twiddle factors come from {@link Math#cos} and {@link Math#sin} for every index (not by recurrence), so each is
 * correct to the last bit and the transform's round-off stays near 10<sup>−16</sup> of the signal: far below the
 * 32-bit output's resolution. Immutable and shareable.
 */
final class Fft {

    final int size;
    /** For the fused passes of length {@code L}, at {@code [L/4 + j]}: cos and sin of {@code 2π·k·j/L}, k = 1, 2, 3. */
    private final double[] cos1;
    private final double[] sin1;
    private final double[] cos2;
    private final double[] sin2;
    private final double[] cos3;
    private final double[] sin3;

    Fft(int size) {
        if (size < 4 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two of at least 4: " + size);
        }
        this.size = size;
        cos1 = new double[size / 2];
        sin1 = new double[size / 2];
        cos2 = new double[size / 2];
        sin2 = new double[size / 2];
        cos3 = new double[size / 2];
        sin3 = new double[size / 2];
        for (int length = 4; length <= size; length <<= 1) {
            int quarter = length / 4;
            for (int j = 0; j < quarter; j++) {
                cos1[quarter + j] = Math.cos(2 * Math.PI * j / length);
                sin1[quarter + j] = Math.sin(2 * Math.PI * j / length);
                cos2[quarter + j] = Math.cos(2 * Math.PI * 2 * j / length);
                sin2[quarter + j] = Math.sin(2 * Math.PI * 2 * j / length);
                cos3[quarter + j] = Math.cos(2 * Math.PI * 3 * j / length);
                sin3[quarter + j] = Math.sin(2 * Math.PI * 3 * j / length);
            }
        }
    }

    /** In place, unscaled, {@code X[k] = Σ x[n]·e^(−2πikn/size)}; natural order in, bit-reversed order out. */
    void forward(double[] re, double[] im) {
        int n = size;
        int length = n;
        for (; length > 4; length >>= 2) {
            for (int start = 0; start < n; start += length) {
                forwardFused(re, im, start, length / 4);
            }
        }
        if (length == 4) {
            forwardLast4(re, im, n);
        } else {
            // An odd number of radix-2 passes: the last one alone (length 2, twiddle 1).
            for (int a = 0; a < n; a += 2) {
                double ar = re[a];
                double ai = im[a];
                re[a] = ar + re[a + 1];
                im[a] = ai + im[a + 1];
                re[a + 1] = ar - re[a + 1];
                im[a + 1] = ai - im[a + 1];
            }
        }
    }

    /** The DIF passes of length {@code 4q} and {@code 2q} over one block of {@code 4q} points. */
    private void forwardFused(double[] re, double[] im, int start, int q) {
        int p0 = start;
        int p1 = start + q;
        int p2 = start + 2 * q;
        int p3 = start + 3 * q;
        for (int j = 0; j < q; j++) {
            double x0r = re[p0 + j];
            double x0i = im[p0 + j];
            double x1r = re[p1 + j];
            double x1i = im[p1 + j];
            double x2r = re[p2 + j];
            double x2i = im[p2 + j];
            double x3r = re[p3 + j];
            double x3i = im[p3 + j];
            double s02r = x0r + x2r;
            double s02i = x0i + x2i;
            double d02r = x0r - x2r;
            double d02i = x0i - x2i;
            double s13r = x1r + x3r;
            double s13i = x1i + x3i;
            double d13r = x1r - x3r;
            double d13i = x1i - x3i;
            // Twiddles e^(−2πi·kj/4q) = cos − i·sin.
            double c1 = cos1[q + j];
            double n1 = sin1[q + j];
            double c2 = cos2[q + j];
            double n2 = sin2[q + j];
            double c3 = cos3[q + j];
            double n3 = sin3[q + j];
            re[p0 + j] = s02r + s13r;
            im[p0 + j] = s02i + s13i;
            double er = s02r - s13r;
            double ei = s02i - s13i;
            re[p1 + j] = er * c2 + ei * n2;
            im[p1 + j] = ei * c2 - er * n2;
            // (d02 − i·d13)·w^j and (d02 + i·d13)·w^3j
            double tr = d02r + d13i;
            double ti = d02i - d13r;
            re[p2 + j] = tr * c1 + ti * n1;
            im[p2 + j] = ti * c1 - tr * n1;
            double ur = d02r - d13i;
            double ui = d02i + d13r;
            re[p3 + j] = ur * c3 + ui * n3;
            im[p3 + j] = ui * c3 - ur * n3;
        }
    }

    /** The last two DIF passes: a length-4 butterfly (twiddles 1 and −i), then length 2. */
    private static void forwardLast4(double[] re, double[] im, int n) {
        for (int a = 0; a < n; a += 4) {
            double r0 = re[a];
            double i0 = im[a];
            double r1 = re[a + 1];
            double i1 = im[a + 1];
            double r2 = re[a + 2];
            double i2 = im[a + 2];
            double r3 = re[a + 3];
            double i3 = im[a + 3];
            double sr02 = r0 + r2;
            double si02 = i0 + i2;
            double dr02 = r0 - r2;
            double di02 = i0 - i2;
            double sr13 = r1 + r3;
            double si13 = i1 + i3;
            // (x1 − x3)·(−i)
            double dr13 = i1 - i3;
            double di13 = r3 - r1;
            re[a] = sr02 + sr13;
            im[a] = si02 + si13;
            re[a + 1] = sr02 - sr13;
            im[a + 1] = si02 - si13;
            re[a + 2] = dr02 + dr13;
            im[a + 2] = di02 + di13;
            re[a + 3] = dr02 - dr13;
            im[a + 3] = di02 - di13;
        }
    }

    /**
     * In place, unscaled, {@code x[n] = Σ X[k]·e^(+2πikn/m)} for a transform of {@code m} points (a power of two, at
     * most {@link #size}, at least 4): bit-reversed order in, natural order out.
     */
    void inverse(double[] re, double[] im, int m) {
        int length;
        if (Integer.numberOfTrailingZeros(m) % 2 == 0) {
            inverseFirst4(re, im, m);
            length = 16;
        } else {
            for (int a = 0; a < m; a += 2) {
                double ar = re[a];
                double ai = im[a];
                re[a] = ar + re[a + 1];
                im[a] = ai + im[a + 1];
                re[a + 1] = ar - re[a + 1];
                im[a + 1] = ai - im[a + 1];
            }
            length = 8;
        }
        for (; length <= m; length <<= 2) {
            for (int start = 0; start < m; start += length) {
                inverseFused(re, im, start, length / 4);
            }
        }
    }

    /** The DIT passes of length {@code 2q} and {@code 4q} over one block of {@code 4q} points. */
    private void inverseFused(double[] re, double[] im, int start, int q) {
        int p0 = start;
        int p1 = start + q;
        int p2 = start + 2 * q;
        int p3 = start + 3 * q;
        for (int j = 0; j < q; j++) {
            // Twiddles e^(+2πi·kj/4q) = cos + i·sin.
            double c1 = cos1[q + j];
            double s1 = sin1[q + j];
            double c2 = cos2[q + j];
            double s2 = sin2[q + j];
            double c3 = cos3[q + j];
            double s3 = sin3[q + j];
            double x0r = re[p0 + j];
            double x0i = im[p0 + j];
            double x1r = re[p1 + j];
            double x1i = im[p1 + j];
            double x2r = re[p2 + j];
            double x2i = im[p2 + j];
            double x3r = re[p3 + j];
            double x3i = im[p3 + j];
            // x1·w^2j, x2·w^j, x3·w^3j
            double t1r = x1r * c2 - x1i * s2;
            double t1i = x1r * s2 + x1i * c2;
            double pr = x2r * c1 - x2i * s1;
            double pi = x2r * s1 + x2i * c1;
            double rr = x3r * c3 - x3i * s3;
            double ri = x3r * s3 + x3i * c3;
            double a0r = x0r + t1r;
            double a0i = x0i + t1i;
            double a1r = x0r - t1r;
            double a1i = x0i - t1i;
            double ur = pr + rr;
            double ui = pi + ri;
            // i·(p − r)
            double vr = ri - pi;
            double vi = pr - rr;
            re[p0 + j] = a0r + ur;
            im[p0 + j] = a0i + ui;
            re[p2 + j] = a0r - ur;
            im[p2 + j] = a0i - ui;
            re[p1 + j] = a1r + vr;
            im[p1 + j] = a1i + vi;
            re[p3 + j] = a1r - vr;
            im[p3 + j] = a1i - vi;
        }
    }

    /** The first two DIT passes: length 2, then a length-4 butterfly (twiddles 1 and +i). */
    private static void inverseFirst4(double[] re, double[] im, int m) {
        for (int a = 0; a < m; a += 4) {
            double r0 = re[a];
            double i0 = im[a];
            double r1 = re[a + 1];
            double i1 = im[a + 1];
            double r2 = re[a + 2];
            double i2 = im[a + 2];
            double r3 = re[a + 3];
            double i3 = im[a + 3];
            double sr01 = r0 + r1;
            double si01 = i0 + i1;
            double dr01 = r0 - r1;
            double di01 = i0 - i1;
            double sr23 = r2 + r3;
            double si23 = i2 + i3;
            // (x2 − x3)·(+i)
            double dr23 = i3 - i2;
            double di23 = r2 - r3;
            re[a] = sr01 + sr23;
            im[a] = si01 + si23;
            re[a + 2] = sr01 - sr23;
            im[a + 2] = si01 - si23;
            re[a + 1] = dr01 + dr23;
            im[a + 1] = di01 + di23;
            re[a + 3] = dr01 - dr23;
            im[a + 3] = di01 - di23;
        }
    }
}
