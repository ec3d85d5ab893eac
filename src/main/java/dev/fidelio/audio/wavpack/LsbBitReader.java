package dev.fidelio.audio.wavpack;

import dev.fidelio.audio.CorruptAudioException;

/**
 * Reads a WavPack bitstream, least significant bit of each byte first. Bits past the end read as zero and are
 * caught by {@link #checkNotOverrun()}, so the entropy decoder needs no bounds test per bit.
 */
final class LsbBitReader {

    private byte[] data;
    private int end;
    private long position;
    private long limit;

    void reset(byte[] data, int start, int end) {
        this.data = data;
        this.end = end;
        this.position = (long) start * 8;
        this.limit = (long) end * 8;
    }

    int bit() {
        int index = (int) (position >>> 3);
        int bit = index < end ? (data[index] >> (position & 7)) & 1 : 0;
        position++;
        return bit;
    }

    /** Reads {@code count} (0…32) bits; the first read is the least significant. */
    long bits(int count) {
        long value = 0;
        int have = 0;
        while (have < count) {
            int index = (int) (position >>> 3);
            int offset = (int) (position & 7);
            int take = Math.min(8 - offset, count - have);
            int current = index < end ? data[index] & 0xFF : 0;
            value |= (long) ((current >>> offset) & ((1 << take) - 1)) << have;
            have += take;
            position += take;
        }
        return value;
    }

    /** The next {@code count} (1…32) bits without consuming them. */
    long peek(int count) {
        long saved = position;
        long value = bits(count);
        position = saved;
        return value;
    }

    void skip(int count) {
        position += count;
    }

    boolean overrun() {
        return position > limit;
    }

    void checkNotOverrun() throws CorruptAudioException {
        if (overrun()) {
            throw new CorruptAudioException("WavPack bitstream ends before its samples do");
        }
    }
}
