package dev.fidelio.audio.decode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Hand-built IFF-style files for cases the sample-library writers do not produce (float, RF64, AIFC, odd chunks). */
final class TestChunks {

    private TestChunks() {
    }

    static byte[] chunk(String id, byte[] body, ByteOrder order) {
        return chunk(id, body, body.length, order);
    }

    /** A chunk whose size field says {@code declaredSize}, whatever the body's real length. */
    static byte[] chunk(String id, byte[] body, long declaredSize, ByteOrder order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(ByteBuffer.allocate(4).order(order).putInt((int) declaredSize).array());
        out.writeBytes(body);
        if (body.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static ByteBuffer buffer(int length, ByteOrder order) {
        return ByteBuffer.allocate(length).order(order);
    }

    /** A WAV fmt body: tag, channels, rate, container bits (block align and byte rate derived). */
    static byte[] wavFormat(int tag, int channels, int rate, int bits) {
        int blockAlign = channels * bits / 8;
        return buffer(16, ByteOrder.LITTLE_ENDIAN).putShort((short) tag).putShort((short) channels).putInt(rate)
                .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits).array();
    }

    static byte[] riff(String magic, byte[]... chunks) {
        byte[] body = concat(ascii("WAVE"), concat(chunks));
        return concat(ascii(magic), buffer(4, ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(), body);
    }

    /** An AIFC COMM body; the 80-bit rate is written for whole-number rates below 2^31. */
    static byte[] aifcCommon(int channels, int frames, int bits, int rate, String compression) {
        int highestBit = 31 - Integer.numberOfLeadingZeros(rate);
        return buffer(24, ByteOrder.BIG_ENDIAN).putShort((short) channels).putInt(frames).putShort((short) bits)
                .putShort((short) (16383 + highestBit)).putLong((long) rate << (63 - highestBit))
                .put(ascii(compression)).putShort((short) 0).array();
    }

    static byte[] aifc(byte[] common, byte[] samples) {
        byte[] ssnd = concat(new byte[8], samples);
        byte[] body = concat(ascii("AIFC"), chunk("COMM", common, ByteOrder.BIG_ENDIAN), chunk("SSND", ssnd, ByteOrder.BIG_ENDIAN));
        return concat(ascii("FORM"), buffer(4, ByteOrder.BIG_ENDIAN).putInt(body.length).array(), body);
    }
}
