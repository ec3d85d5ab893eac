package dev.fidelio.audio.encode.flac;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * MSB-first bit packer over a growable byte array. Bits gather in a 64-bit accumulator that is stored a whole word at
 * a time, which keeps Rice coding, the hot loop of the encoder, cheap. Frames are appended one after another and the
 * bytes are handed to a stream in large chunks by {@link #drainTo}.
 */
final class BitWriter {

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int length;
    /** Pending bits in the low {@code 64 - free} bits; anything above them is stale and gets shifted out. */
    private long accumulator;
    private int free = 64;

    BitWriter(int initialCapacity) {
        bytes = new byte[Math.max(initialCapacity, 16)];
    }

    /** Writes the low {@code count} bits of {@code value} (0 ≤ count ≤ 32): two's complement for negative values. */
    void writeBits(int count, long value) {
        long bits = value & ((1L << count) - 1);
        if (count < free) {
            accumulator = (accumulator << count) | bits;
            free -= count;
            return;
        }
        int rest = count - free;
        accumulator = (accumulator << free) | (bits >>> rest);
        storeWord();
        accumulator = bits;
        free = 64 - rest;
    }

    /** {@code count} zero bits. */
    void writeZeros(long count) {
        long left = count;
        while (left > 32) {
            writeBits(32, 0);
            left -= 32;
        }
        writeBits((int) left, 0);
    }

    /** FLAC's unary code: {@code zeros} zero bits, then a one. */
    void writeUnary(int zeros) {
        writeZeros(zeros);
        writeBits(1, 1);
    }

    /**
     * Rice codes of {@code values[from..to)} with parameter {@code k} (≤ 30): each value folded onto the non-negative
     * integers (0, −1, 1, −2 … → 0, 1, 2, 3 …), its quotient in unary and its {@code k} low bits as they are.
     */
    void writeRice(int[] values, int from, int to, int k) {
        long lowMask = (1L << k) - 1;
        for (int i = from; i < to; i++) {
            long folded = Integer.toUnsignedLong((values[i] << 1) ^ (values[i] >> 31));
            long quotient = folded >>> k;
            if (quotient + k < 32) {
                writeBits((int) quotient + 1 + k, (1L << k) | (folded & lowMask));
            } else {
                writeZeros(quotient);
                writeBits(1 + k, (1L << k) | (folded & lowMask));
            }
        }
    }

    /** Pads with zero bits to the next byte boundary. */
    void alignToByte() {
        int pending = (64 - free) & 7;
        if (pending != 0) {
            writeBits(8 - pending, 0);
        }
    }

    /** Appends whole bytes; only on a byte boundary. */
    void writeBytes(byte[] data) {
        flush();
        ensureCapacity(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
    }

    /** Moves the pending bits into the byte array so that {@link #length} and {@link #array} cover them. */
    void flush() {
        int pending = 64 - free;
        if ((pending & 7) != 0) {
            throw new IllegalStateException("Not on a byte boundary");
        }
        ensureCapacity(8);
        for (int shift = pending - 8; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (accumulator >>> shift);
        }
        accumulator = 0;
        free = 64;
    }

    /** Bytes written and flushed so far. */
    int length() {
        return length;
    }

    /** The backing array; valid up to {@link #length} after a {@link #flush}. */
    byte[] array() {
        return bytes;
    }

    /** Flushes, writes every byte to {@code out} and starts over empty. */
    void drainTo(OutputStream out) throws IOException {
        flush();
        out.write(bytes, 0, length);
        length = 0;
    }

    private void storeWord() {
        ensureCapacity(8);
        WORD.set(bytes, length, accumulator);
        length += 8;
    }

    private void ensureCapacity(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
