package dev.fidelio.testmusic;

import java.util.Map;

/** Writes FLAC frame headers (everything before the CRC-8) for fixed-blocksize streams with independent channels. */
final class FlacFrameHeader {

    private static final int SYNC_CODE = 0b11111111111110;
    private static final int BLOCK_SIZE_8_BIT = 0b0110;
    private static final int BLOCK_SIZE_16_BIT = 0b0111;
    private static final int RATE_KHZ_8_BIT = 0b1100;
    private static final int RATE_HZ_16_BIT = 0b1101;
    private static final int RATE_TENS_OF_HZ_16_BIT = 0b1110;
    private static final Map<Integer, Integer> RATE_CODES = Map.ofEntries(
            Map.entry(88_200, 0b0001), Map.entry(176_400, 0b0010), Map.entry(192_000, 0b0011),
            Map.entry(8_000, 0b0100), Map.entry(16_000, 0b0101), Map.entry(22_050, 0b0110),
            Map.entry(24_000, 0b0111), Map.entry(32_000, 0b1000), Map.entry(44_100, 0b1001),
            Map.entry(48_000, 0b1010), Map.entry(96_000, 0b1011));
    private static final Map<Integer, Integer> SAMPLE_SIZE_CODES = Map.of(8, 0b001, 12, 0b010, 16, 0b100, 20, 0b101, 24, 0b110);
    private static final int MAX_CHANNELS = 8;

    private FlacFrameHeader() {
    }

    static void validate(Pcm pcm) {
        if (!SAMPLE_SIZE_CODES.containsKey(pcm.bitsPerSample())) {
            throw new IllegalArgumentException("FLAC frames cannot declare " + pcm.bitsPerSample() + " bits per sample");
        }
        if (pcm.channels() > MAX_CHANNELS) {
            throw new IllegalArgumentException("FLAC supports at most 8 channels");
        }
        if (pcm.sampleRate() <= 0 || pcm.sampleRate() >= 1 << 20) {
            throw new IllegalArgumentException("Sample rate out of range: " + pcm.sampleRate());
        }
        if (pcm.frames() == 0) {
            throw new IllegalArgumentException("No samples to encode");
        }
    }

    static void write(BitWriter out, Pcm pcm, int frameNumber, int blockSize) {
        int blockSizeCode = blockSizeCode(blockSize);
        int rate = pcm.sampleRate();
        int rateCode = rateCode(rate);
        out.writeBits(SYNC_CODE, 14);
        out.writeBits(0, 1); // reserved
        out.writeBits(0, 1); // fixed block size, so the header carries a frame number
        out.writeBits(blockSizeCode, 4);
        out.writeBits(rateCode, 4);
        out.writeBits(pcm.channels() - 1, 4); // independent channels
        out.writeBits(SAMPLE_SIZE_CODES.get(pcm.bitsPerSample()), 3);
        out.writeBits(0, 1); // reserved
        writeUtf8Number(out, frameNumber);
        switch (blockSizeCode) {
            case BLOCK_SIZE_8_BIT -> out.writeBits(blockSize - 1, 8);
            case BLOCK_SIZE_16_BIT -> out.writeBits(blockSize - 1, 16);
            default -> { }
        }
        switch (rateCode) {
            case RATE_KHZ_8_BIT -> out.writeBits(rate / 1000, 8);
            case RATE_HZ_16_BIT -> out.writeBits(rate, 16);
            case RATE_TENS_OF_HZ_16_BIT -> out.writeBits(rate / 10, 16);
            default -> { }
        }
    }

    /** Codes 1–5 and 8–15 stand for common sizes; anything else is stored after the frame number. */
    static int blockSizeCode(int blockSize) {
        if (blockSize == 192) {
            return 0b0001;
        }
        for (int code = 0b0010; code <= 0b0101; code++) {
            if (blockSize == 576 << (code - 2)) {
                return code;
            }
        }
        for (int code = 0b1000; code <= 0b1111; code++) {
            if (blockSize == 256 << (code - 8)) {
                return code;
            }
        }
        return blockSize <= 256 ? BLOCK_SIZE_8_BIT : BLOCK_SIZE_16_BIT;
    }

    private static int rateCode(int rate) {
        Integer code = RATE_CODES.get(rate);
        if (code != null) {
            return code;
        }
        if (rate % 1000 == 0 && rate / 1000 <= 255) {
            return RATE_KHZ_8_BIT;
        }
        if (rate <= 0xFFFF) {
            return RATE_HZ_16_BIT;
        }
        if (rate % 10 == 0 && rate / 10 <= 0xFFFF) {
            return RATE_TENS_OF_HZ_16_BIT;
        }
        return 0b0000; // "get from STREAMINFO"
    }

    /** The frame number in the extended UTF-8 scheme FLAC uses: up to 7 bytes for 36 bits. */
    static void writeUtf8Number(BitWriter out, long value) {
        if (value < 0x80) {
            out.writeBits(value, 8);
            return;
        }
        int bytes = 2;
        while (value >= 1L << (7 - bytes + 6 * (bytes - 1))) {
            bytes++;
        }
        int marker = (0xFF << (8 - bytes)) & 0xFF;
        out.writeBits(marker | (value >>> (6 * (bytes - 1))), 8);
        for (int i = bytes - 2; i >= 0; i--) {
            out.writeBits(0x80 | ((value >>> (6 * i)) & 0x3F), 8);
        }
    }
}
