package dev.fidelio.testmusic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** FORM/AIFF writer: COMM, SSND (big-endian PCM) and an {@code ID3 } chunk holding an ID3v2.4 tag. */
public final class AiffWriter {

    private static final int EXTENDED_EXPONENT_BIAS = 16383;

    private AiffWriter() {
    }

    public static byte[] write(Pcm pcm, Map<String, List<String>> tags, EncodedImage cover) {
        byte[] body = Bytes.concat(
                "AIFF".getBytes(StandardCharsets.US_ASCII),
                Chunk.of("COMM", common(pcm), ByteOrder.BIG_ENDIAN),
                Chunk.of("SSND", soundData(pcm), ByteOrder.BIG_ENDIAN),
                Chunk.of("ID3 ", Id3v2Writer.write(tags, cover), ByteOrder.BIG_ENDIAN));
        return Chunk.of("FORM", body, ByteOrder.BIG_ENDIAN);
    }

    private static byte[] common(Pcm pcm) {
        return ByteBuffer.allocate(18)
                .putShort((short) pcm.channels())
                .putInt(pcm.frames())
                .putShort((short) pcm.bitsPerSample())
                .put(extended(pcm.sampleRate()))
                .array();
    }

    /** Offset and block size are zero: the samples start right after them, with no block alignment. */
    private static byte[] soundData(Pcm pcm) {
        return Bytes.concat(new byte[8], pcm.interleaved(ByteOrder.BIG_ENDIAN));
    }

    /** An integer as an IEEE 754 80-bit extended float: sign and 15-bit exponent, then a 64-bit mantissa with explicit integer bit. */
    static byte[] extended(int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Sample rate must be positive: " + value);
        }
        int highestBit = 31 - Integer.numberOfLeadingZeros(value);
        return ByteBuffer.allocate(10)
                .putShort((short) (EXTENDED_EXPONENT_BIAS + highestBit))
                .putLong((long) value << (63 - highestBit))
                .array();
    }
}
