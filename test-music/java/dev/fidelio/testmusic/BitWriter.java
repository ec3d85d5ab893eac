package dev.fidelio.testmusic;

import java.util.Arrays;

/** Big-endian, MSB-first bit sink for FLAC frames. */
final class BitWriter {

    private byte[] bytes = new byte[8192];
    private int length;
    /** Pending bits not yet flushed to {@link #bytes}; always fewer than 8 between calls. */
    private long pending;
    private int pendingBits;

    /** Writes the low {@code count} bits of {@code value}, most significant first; {@code count} ≤ 56. */
    void writeBits(long value, int count) {
        if (count == 0) {
            return;
        }
        pending = (pending << count) | (value & ((1L << count) - 1));
        pendingBits += count;
        while (pendingBits >= 8) {
            pendingBits -= 8;
            appendByte((int) (pending >>> pendingBits));
        }
        pending &= (1L << pendingBits) - 1;
    }

    /** {@code zeros} zero bits followed by a one: FLAC's unary code. */
    void writeUnary(long zeros) {
        long left = zeros;
        while (left > 48) {
            writeBits(0, 48);
            left -= 48;
        }
        writeBits(1, (int) left + 1);
    }

    /** Rice code with parameter {@code k} of an already zigzag-folded (non-negative) value. */
    void writeRice(long folded, int k) {
        long quotient = folded >>> k;
        if (quotient + 1 + k <= 56) {
            writeBits((1L << k) | (folded & ((1L << k) - 1)), (int) quotient + 1 + k);
        } else {
            writeUnary(quotient);
            writeBits(folded, k);
        }
    }

    void padToByte() {
        if (pendingBits > 0) {
            writeBits(0, 8 - pendingBits);
        }
    }

    private boolean isByteAligned() {
        return pendingBits == 0;
    }

    /** The bytes written so far; only valid on a byte boundary. */
    byte[] toByteArray() {
        if (!isByteAligned()) {
            throw new IllegalStateException("Not on a byte boundary");
        }
        return Arrays.copyOf(bytes, length);
    }

    /** CRC of the bytes written so far; only valid on a byte boundary. */
    int crc(Crc crc) {
        if (!isByteAligned()) {
            throw new IllegalStateException("Not on a byte boundary");
        }
        return crc.of(bytes, length);
    }

    private void appendByte(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }
}
