package dev.fidelio.index.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds the bytes of test files field by field, in either byte order. */
final class ByteSink {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static byte[] concat(byte[]... parts) {
        ByteSink sink = new ByteSink();
        for (byte[] part : parts) {
            sink.bytes(part);
        }
        return sink.toByteArray();
    }

    ByteSink u8(int value) {
        out.write(value);
        return this;
    }

    ByteSink u16be(int value) {
        return u8(value >>> 8).u8(value);
    }

    ByteSink u16le(int value) {
        return u8(value).u8(value >>> 8);
    }

    ByteSink u24be(int value) {
        return u8(value >>> 16).u16be(value);
    }

    ByteSink u32be(long value) {
        return u16be((int) (value >>> 16)).u16be((int) value);
    }

    ByteSink u32le(long value) {
        return u16le((int) value).u16le((int) (value >>> 16));
    }

    ByteSink u64be(long value) {
        return u32be(value >>> 32).u32be(value);
    }

    ByteSink u64le(long value) {
        return u32le(value).u32le(value >>> 32);
    }

    ByteSink ascii(String text) {
        return bytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    ByteSink utf8(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    ByteSink bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    ByteSink zeros(int count) {
        return bytes(new byte[count]);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
