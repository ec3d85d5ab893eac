package dev.fidelio.testmusic;

import java.nio.ByteOrder;

/** Integer PCM: {@code samples[channel][frame]}, each sample a signed value that fits in {@code bitsPerSample} bits. */
public record Pcm(int sampleRate, int bitsPerSample, int[][] samples) {

    public Pcm {
        if (bitsPerSample < 8 || bitsPerSample > 24) {
            throw new IllegalArgumentException("Unsupported bits per sample: " + bitsPerSample);
        }
        if (samples.length == 0) {
            throw new IllegalArgumentException("PCM needs at least one channel");
        }
        for (int[] channel : samples) {
            if (channel.length != samples[0].length) {
                throw new IllegalArgumentException("Channels differ in length");
            }
        }
    }

    public int channels() {
        return samples.length;
    }

    public int frames() {
        return samples[0].length;
    }

    /** Bytes per sample in interleaved files (WAV, AIFF, the FLAC MD5): the bit depth rounded up to whole bytes. */
    public int bytesPerSample() {
        return (bitsPerSample + 7) / 8;
    }

    /** Samples interleaved frame by frame, each stored in {@link #bytesPerSample()} two's-complement bytes. */
    public byte[] interleaved(ByteOrder order) {
        int width = bytesPerSample();
        byte[] out = new byte[frames() * channels() * width];
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        int pos = 0;
        for (int frame = 0; frame < frames(); frame++) {
            for (int[] channel : samples) {
                int sample = channel[frame];
                for (int i = 0; i < width; i++) {
                    int shift = 8 * (little ? i : width - 1 - i);
                    out[pos++] = (byte) (sample >> shift);
                }
            }
        }
        return out;
    }
}
