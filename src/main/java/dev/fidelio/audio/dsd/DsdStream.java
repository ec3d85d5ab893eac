package dev.fidelio.audio.dsd;

import java.io.Closeable;
import java.io.IOException;

/**
 * The 1-bit audio of a DSF or DFF file, per channel, in one canonical order: bytes in time order, each byte's most
 * significant bit the oldest. Reads say where they start, so seeking is arithmetic.
 */
interface DsdStream extends Closeable {

    int BASE_RATE = 2_822_400;

    /** {@code DSF} or {@code DFF}. */
    String container();

    int channels();

    /** Bits per second per channel: 2 822 400 for DSD64. */
    int dsdRate();

    /** Whole bytes of audio in each channel. */
    long bytesPerChannel();

    /**
     * Reads {@code length} bytes of each channel, starting at byte {@code position} of each, into {@code target[c]};
     * fewer only at the end of the audio.
     */
    int read(long position, byte[][] target, int length) throws IOException;

    /** {@code DSD64 (DSF)}. */
    default String describe() {
        return "DSD" + dsdRate() / 44_100 + " (" + container() + ")";
    }
}
