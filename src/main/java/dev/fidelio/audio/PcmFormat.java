package dev.fidelio.audio;

/**
 * Integer PCM as it flows between the stages of a conversion: each sample is a signed {@code int} whose value fits
 * in {@code bitsPerSample} bits (−2^(b−1) … 2^(b−1)−1), never left-justified. Frames are interleaved channel by
 * channel. Floating-point sources are turned into 32-bit integers by their decoder.
 */
public record PcmFormat(int sampleRate, int bitsPerSample, int channels) {

    public static final int MAX_BITS = 32;

    public PcmFormat {
        if (sampleRate < 1 || sampleRate > 12_288_000) {
            throw new IllegalArgumentException("Unsupported sample rate: " + sampleRate);
        }
        if (bitsPerSample < 1 || bitsPerSample > MAX_BITS) {
            throw new IllegalArgumentException("Unsupported bits per sample: " + bitsPerSample);
        }
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("Unsupported channel count: " + channels);
        }
    }

    public PcmFormat withSampleRate(int rate) {
        return new PcmFormat(rate, bitsPerSample, channels);
    }

    public PcmFormat withBitsPerSample(int bits) {
        return new PcmFormat(sampleRate, bits, channels);
    }

    /** The largest sample value. */
    public int maxSample() {
        return (int) ((1L << (bitsPerSample - 1)) - 1);
    }

    /** The smallest sample value. */
    public int minSample() {
        return (int) -(1L << (bitsPerSample - 1));
    }

    /** Bytes one sample takes in a byte-aligned container (WAV, raw L16/L24): the bit depth rounded up. */
    public int bytesPerSample() {
        return (bitsPerSample + 7) / 8;
    }

    /** Short form for signal paths: {@code 24/192}, {@code 16/44.1}. */
    public String shortForm() {
        double khz = sampleRate / 1000.0;
        String rate = khz == Math.rint(khz) ? Long.toString((long) khz) : Double.toString(khz);
        return bitsPerSample + "/" + rate;
    }
}
