package dev.fidelio.testmusic;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** IFF-style chunks as used by RIFF/WAVE (little-endian sizes) and AIFF (big-endian sizes): id, size, body, pad to even. */
final class Chunk {

    private Chunk() {
    }

    static byte[] of(String id, byte[] body, ByteOrder order) {
        if (id.length() != 4) {
            throw new IllegalArgumentException("Chunk ids have four characters: '" + id + "'");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 9);
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(order).putInt(body.length).array());
        out.writeBytes(body);
        if (body.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }
}
