package dev.fidelio.testmusic;

import java.io.ByteArrayOutputStream;

final class Bytes {

    private Bytes() {
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
