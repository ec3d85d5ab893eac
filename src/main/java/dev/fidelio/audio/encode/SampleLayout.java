package dev.fidelio.audio.encode;

import dev.fidelio.audio.PcmFormat;

/**
 * How one sample is stored in a byte-aligned container: its width in bytes, byte order, a left shift (WAV
 * left-justifies depths that are not whole bytes) and an offset (8-bit WAV is unsigned).
 */
public record SampleLayout(int bytes, boolean bigEndian, int shift, int offset) {

    /** WAV data: little-endian, left-justified in whole bytes, unsigned when it fits in one byte. */
    public static SampleLayout wav(PcmFormat format) {
        int bytes = format.bytesPerSample();
        return new SampleLayout(bytes, false, 8 * bytes - format.bitsPerSample(), bytes == 1 ? 0x80 : 0);
    }

    /** RFC 2586/3190 L16/L24: big-endian two's complement. */
    public static SampleLayout network(PcmFormat format) {
        return new SampleLayout(format.bytesPerSample(), true, 0, 0);
    }

    /** The layout FLAC's STREAMINFO MD5 is computed over: little-endian two's complement, sign-extended to whole bytes. */
    public static SampleLayout flacMd5(PcmFormat format) {
        return new SampleLayout(format.bytesPerSample(), false, 0, 0);
    }

    /** Packs {@code count} samples from {@code samples} into {@code dest} at {@code at}; returns the bytes written. */
    public int pack(int[] samples, int count, byte[] dest, int at) {
        int firstShift = bigEndian ? 8 * (bytes - 1) : 0;
        int step = bigEndian ? -8 : 8;
        int pos = at;
        for (int i = 0; i < count; i++) {
            int value = (samples[i] << shift) + offset;
            for (int b = 0, bitShift = firstShift; b < bytes; b++, bitShift += step) {
                dest[pos++] = (byte) (value >> bitShift);
            }
        }
        return pos - at;
    }
}
