package dev.fidelio.index.probe;

/**
 * An MPEG-1/2/2.5 audio frame header (layers I to III), the four bytes in front of every MP3 frame.
 *
 * @param version 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5
 */
record MpegFrameHeader(int version, int layer, int bitrateKbps, int sampleRate, int channels, int frameLength,
        int samplesPerFrame, boolean crcProtected) {

    private static final int[][] BITRATES = {
            {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG-1 layer II
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG-1 layer III
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG-2/2.5 layer I
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}};        // MPEG-2/2.5 layers II, III
    private static final int[] SAMPLE_RATES = {44_100, 48_000, 32_000};

    /** The header at {@code at}, or null when the bytes there are not a usable one (free-format frames included). */
    static MpegFrameHeader parse(byte[] b, int at) {
        if (at + 4 > b.length || (b[at] & 0xFF) != 0xFF || (b[at + 1] & 0xE0) != 0xE0) {
            return null;
        }
        int versionBits = (b[at + 1] & 0x18) >> 3;
        int layerBits = (b[at + 1] & 0x06) >> 1;
        int bitrateIndex = (b[at + 2] & 0xF0) >> 4;
        int rateIndex = (b[at + 2] & 0x0C) >> 2;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3
                || (b[at + 3] & 0x03) == 2) {
            return null;
        }
        int version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
        int layer = 4 - layerBits;
        int table = version == 1 ? layer - 1 : layer == 1 ? 3 : 4;
        int bitrate = BITRATES[table][bitrateIndex];
        int sampleRate = SAMPLE_RATES[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        int padding = (b[at + 2] & 0x02) >> 1;
        int samples = layer == 1 ? 384 : layer == 3 && version != 1 ? 576 : 1152;
        int length = layer == 1 ? (12 * bitrate * 1000 / sampleRate + padding) * 4
                : samples / 8 * bitrate * 1000 / sampleRate + padding;
        int channels = (b[at + 3] & 0xC0) == 0xC0 ? 1 : 2;
        return new MpegFrameHeader(version, layer, bitrate, sampleRate, channels, length, samples, (b[at + 1] & 1) == 0);
    }

    /** Whether {@code next} can follow this header in the same stream. */
    boolean sameStream(MpegFrameHeader next) {
        return next.version == version && next.layer == layer && next.sampleRate == sampleRate;
    }

    /** Where a Xing/Info header sits in the first frame: after the header, the CRC if any, and the side information. */
    int xingOffset() {
        boolean mono = channels == 1;
        int sideInfo = version == 1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        return 4 + (crcProtected ? 2 : 0) + sideInfo;
    }
}
