package dev.fidelio.index.probe;

/**
 * A FLAC audio frame header, checked down to its CRC-8, so that a sync code found by chance in audio data is not
 * taken for a frame.
 *
 * @param variableBlockSize whether {@code number} counts samples (variable block size) rather than frames
 * @param sampleRate        0 when the header refers to STREAMINFO
 * @param bitsPerSample     0 when the header refers to STREAMINFO
 */
record FlacFrameHeader(boolean variableBlockSize, int blockSize, int sampleRate, int channels, int bitsPerSample,
        long number) {

    /** Sync, codes, a number of up to 7 bytes, block size and sample rate of up to 2 bytes each, CRC-8. */
    static final int MAX_LENGTH = 16;
    private static final int[] SAMPLE_RATES = {0, 88_200, 176_400, 192_000, 8_000, 16_000, 22_050, 24_000, 32_000,
            44_100, 48_000, 96_000};
    private static final int[] SAMPLE_SIZES = {0, 8, 12, -1, 16, 20, 24, 32};

    /** Whether bytes {@code at} and {@code at + 1} hold the 14-bit sync code and the reserved zero bit. */
    static boolean isSync(byte[] bytes, int at) {
        return at + 1 < bytes.length && (bytes[at] & 0xFF) == 0xFF && (bytes[at + 1] & 0xFE) == 0xF8;
    }

    /** The header starting at {@code at}, or null when there is no valid one there. */
    static FlacFrameHeader parse(byte[] b, int at) {
        if (!isSync(b, at) || at + 5 > b.length) {
            return null;
        }
        boolean variable = (b[at + 1] & 1) != 0;
        int blockCode = (b[at + 2] & 0xF0) >> 4;
        int rateCode = b[at + 2] & 0x0F;
        int channelCode = (b[at + 3] & 0xF0) >> 4;
        int sizeCode = (b[at + 3] & 0x0E) >> 1;
        if (blockCode == 0 || rateCode == 15 || channelCode > 10 || sizeCode == 3 || (b[at + 3] & 1) != 0) {
            return null;
        }
        int p = at + 4;
        int first = b[p++] & 0xFF;
        // The frame or sample number is coded like UTF-8, extended to 7 bytes: leading ones count the bytes.
        int extra = first < 0x80 ? 0 : Integer.numberOfLeadingZeros(~first << 24) - 1;
        if (first >= 0x80 && extra == 0 || extra > (variable ? 6 : 5)) {
            return null;
        }
        long number = extra == 0 ? first : first & (0x3F >> extra);
        for (int i = 0; i < extra; i++, p++) {
            if (p >= b.length || (b[p] & 0xC0) != 0x80) {
                return null;
            }
            number = number << 6 | b[p] & 0x3F;
        }
        int blockSize;
        if (blockCode == 6 || blockCode == 7) {
            int bytes = blockCode - 5;
            if (p + bytes > b.length) {
                return null;
            }
            blockSize = (blockCode == 6 ? b[p] & 0xFF : (b[p] & 0xFF) << 8 | b[p + 1] & 0xFF) + 1;
            p += bytes;
        } else {
            blockSize = blockCode == 1 ? 192 : blockCode <= 5 ? 576 << (blockCode - 2) : 256 << (blockCode - 8);
        }
        int sampleRate;
        if (rateCode >= 12) {
            int bytes = rateCode == 12 ? 1 : 2;
            if (p + bytes > b.length) {
                return null;
            }
            int value = bytes == 1 ? b[p] & 0xFF : (b[p] & 0xFF) << 8 | b[p + 1] & 0xFF;
            sampleRate = rateCode == 12 ? value * 1000 : rateCode == 13 ? value : value * 10;
            p += bytes;
        } else {
            sampleRate = SAMPLE_RATES[rateCode];
        }
        if (p >= b.length || (b[p] & 0xFF) != crc8(b, at, p)) {
            return null;
        }
        return new FlacFrameHeader(variable, blockSize, sampleRate, channelCode < 8 ? channelCode + 1 : 2,
                SAMPLE_SIZES[sizeCode], number);
    }

    /** CRC-8 with polynomial x^8 + x^2 + x + 1, as the FLAC format defines it. */
    private static int crc8(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= b[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? (crc << 1 ^ 0x07) & 0xFF : crc << 1 & 0xFF;
            }
        }
        return crc;
    }
}
