package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;

/**
 * Reads an ALAC packet most significant bit first. Reads past the end see zero bits and are caught by
 * {@link #checkNotOverrun()}, so the hot paths need no bounds test per bit.
 */
final class BitReader {

    private byte[] data;
    private int limit;
    private long bitPosition;

    void reset(byte[] data, int length) {
        this.data = data;
        this.limit = length;
        this.bitPosition = 0;
    }

    /** The next 32 bits without consuming them; bits beyond the packet read as zero. */
    int peek32() {
        int byteIndex = (int) (bitPosition >>> 3);
        long window = 0;
        for (int i = 0; i < 5; i++) {
            window = window << 8 | byteAt(byteIndex + i);
        }
        return (int) (window >>> (8 - (bitPosition & 7)));
    }

    private int byteAt(int index) {
        return index < limit ? data[index] & 0xFF : 0;
    }

    /** Reads {@code count} (0…32) bits as an unsigned value. */
    long read(int count) {
        if (count == 0) {
            return 0;
        }
        long value = (peek32() & 0xFFFF_FFFFL) >>> (32 - count);
        bitPosition += count;
        return value;
    }

    /** Reads {@code count} (1…32) bits as a two's-complement value. */
    int readSigned(int count) {
        int value = (int) read(count);
        return value << (32 - count) >> (32 - count);
    }

    void skip(long count) {
        bitPosition += count;
    }

    long position() {
        return bitPosition;
    }

    void seek(long position) {
        bitPosition = position;
    }

    void alignToByte() {
        bitPosition = (bitPosition + 7) & ~7L;
    }

    void checkNotOverrun() throws CorruptAudioException {
        if (bitPosition > (long) limit * 8) {
            throw new CorruptAudioException("ALAC packet ends in the middle of its data (" + limit + " bytes)");
        }
    }
}
