package dev.fidelio.audio.encode.flac;

import dev.fidelio.audio.PcmFormat;

/**
 * The header of a fixed-blocksize FLAC frame, everything up to its CRC-8. Block sizes, sample rates and depths
 * without a code of their own are stored in the header's tail or, failing that, left to STREAMINFO.
 */
final class FrameHeader {

    static final int INDEPENDENT = -1;
    static final int LEFT_SIDE = 0b1000;
    static final int RIGHT_SIDE = 0b1001;
    static final int MID_SIDE = 0b1010;

    private static final int SYNC_CODE = 0b11111111111110;
    private static final int BLOCK_SIZE_8_BIT = 0b0110;
    private static final int BLOCK_SIZE_16_BIT = 0b0111;
    private static final int RATE_FROM_STREAMINFO = 0b0000;
    private static final int RATE_KHZ_8_BIT = 0b1100;
    private static final int RATE_HZ_16_BIT = 0b1101;
    private static final int RATE_TENS_OF_HZ_16_BIT = 0b1110;
    private static final int[] RATES_WITH_CODES = {
        0, 88_200, 176_400, 192_000, 8_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000, 96_000};
    private static final int DEPTH_FROM_STREAMINFO = 0b000;
    private static final int[] DEPTHS_WITH_CODES = {0, 8, 12, 0, 16, 20, 24, 32};

    private final int rateCode;
    private final int sampleRate;
    private final int depthCode;
    private final int channels;

    FrameHeader(PcmFormat format) {
        sampleRate = format.sampleRate();
        rateCode = rateCode(sampleRate);
        depthCode = depthCode(format.bitsPerSample());
        channels = format.channels();
    }

    /** {@code channelAssignment} is {@link #INDEPENDENT} or one of the stereo codes. */
    void write(BitWriter out, long frameNumber, int blockSize, int channelAssignment) {
        int blockSizeCode = blockSizeCode(blockSize);
        out.writeBits(14, SYNC_CODE);
        out.writeBits(1, 0); // reserved
        out.writeBits(1, 0); // fixed block size: the header counts frames, not samples
        out.writeBits(4, blockSizeCode);
        out.writeBits(4, rateCode);
        out.writeBits(4, channelAssignment == INDEPENDENT ? channels - 1 : channelAssignment);
        out.writeBits(3, depthCode);
        out.writeBits(1, 0); // reserved
        writeCodedNumber(out, frameNumber);
        if (blockSizeCode == BLOCK_SIZE_8_BIT) {
            out.writeBits(8, blockSize - 1);
        } else if (blockSizeCode == BLOCK_SIZE_16_BIT) {
            out.writeBits(16, blockSize - 1);
        }
        switch (rateCode) {
            case RATE_KHZ_8_BIT -> out.writeBits(8, sampleRate / 1000);
            case RATE_HZ_16_BIT -> out.writeBits(16, sampleRate);
            case RATE_TENS_OF_HZ_16_BIT -> out.writeBits(16, sampleRate / 10);
            default -> { }
        }
    }

    /** Codes 1–5 and 8–15 stand for the common sizes; others follow the frame number in 8 or 16 bits. */
    private static int blockSizeCode(int blockSize) {
        if (blockSize == 192) {
            return 0b0001;
        }
        for (int code = 0b0010; code <= 0b0101; code++) {
            if (blockSize == 576 << (code - 0b0010)) {
                return code;
            }
        }
        for (int code = 0b1000; code <= 0b1111; code++) {
            if (blockSize == 256 << (code - 0b1000)) {
                return code;
            }
        }
        return blockSize <= 256 ? BLOCK_SIZE_8_BIT : BLOCK_SIZE_16_BIT;
    }

    private static int rateCode(int rate) {
        for (int code = 1; code < RATES_WITH_CODES.length; code++) {
            if (RATES_WITH_CODES[code] == rate) {
                return code;
            }
        }
        if (rate % 1000 == 0 && rate / 1000 <= 0xFF) {
            return RATE_KHZ_8_BIT;
        }
        if (rate <= 0xFFFF) {
            return RATE_HZ_16_BIT;
        }
        if (rate % 10 == 0 && rate / 10 <= 0xFFFF) {
            return RATE_TENS_OF_HZ_16_BIT;
        }
        return RATE_FROM_STREAMINFO;
    }

    private static int depthCode(int bits) {
        for (int code = 1; code < DEPTHS_WITH_CODES.length; code++) {
            if (DEPTHS_WITH_CODES[code] == bits) {
                return code;
            }
        }
        return DEPTH_FROM_STREAMINFO;
    }

    /** The frame number in FLAC's extension of UTF-8: one byte below 128, else a length-marked lead and 6 bits a byte. */
    private static void writeCodedNumber(BitWriter out, long value) {
        if (value < 0x80) {
            out.writeBits(8, value);
            return;
        }
        int bytes = 2;
        while (value >= 1L << (5 * bytes + 1)) {
            bytes++;
        }
        out.writeBits(8, (0xFF00 >> bytes) | (value >>> (6 * (bytes - 1))));
        for (int i = bytes - 2; i >= 0; i--) {
            out.writeBits(8, 0x80 | ((value >>> (6 * i)) & 0x3F));
        }
    }
}
