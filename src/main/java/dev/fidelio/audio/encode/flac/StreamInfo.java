package dev.fidelio.audio.encode.flac;

import java.nio.ByteBuffer;

/**
 * FLAC's STREAMINFO block body. Zero means "unknown" for the frame sizes and the total, sixteen zero bytes for the
 * MD5: what a stream header holds before the audio has been seen.
 */
public record StreamInfo(int minBlockSize, int maxBlockSize, int minFrameSize, int maxFrameSize, int sampleRate,
                         int channels, int bitsPerSample, long totalSamples, byte[] md5) {

    public static final int LENGTH = 34;
    /** Where the body sits in a file: after "fLaC" and its block header, STREAMINFO always being first. */
    public static final int FILE_OFFSET = 8;
    public static final int MAX_SAMPLE_RATE = (1 << 20) - 1;
    public static final long MAX_TOTAL_SAMPLES = (1L << 36) - 1;

    public StreamInfo {
        if (md5.length != 16) {
            throw new IllegalArgumentException("An MD5 has 16 bytes, not " + md5.length);
        }
    }

    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        out.putShort((short) minBlockSize);
        out.putShort((short) maxBlockSize);
        putUnsigned24(out, minFrameSize);
        putUnsigned24(out, maxFrameSize);
        long packed = (long) sampleRate << 44
                | (long) (channels - 1) << 41
                | (long) (bitsPerSample - 1) << 36
                | (totalSamples > MAX_TOTAL_SAMPLES ? 0 : totalSamples);
        out.putLong(packed);
        out.put(md5);
        return out.array();
    }

    /** A frame size beyond 24 bits cannot be stated, so it becomes "unknown". */
    private static void putUnsigned24(ByteBuffer out, int value) {
        int stated = value >= 1 << 24 ? 0 : value;
        out.put((byte) (stated >>> 16)).put((byte) (stated >>> 8)).put((byte) stated);
    }
}
