package dev.fidelio.audio.decode;

import java.nio.ByteOrder;

/**
 * How one sample is stored in an uncompressed file: integer (signed, or unsigned as in 8-bit WAV) with
 * {@code validBits} left-justified in {@code containerBytes}, or IEEE float of 4 or 8 bytes.
 */
record SampleCoding(Kind kind, int containerBytes, int validBits, ByteOrder order) {

    enum Kind { SIGNED, UNSIGNED, FLOAT }

    private static final double FLOAT_SCALE = 0x1p31;

    SampleCoding {
        boolean valid = switch (kind) {
            case FLOAT -> containerBytes == 4 || containerBytes == 8;
            case SIGNED, UNSIGNED -> containerBytes >= 1 && containerBytes <= 4 && validBits >= 1 && validBits <= 8 * containerBytes;
        };
        if (!valid) {
            throw new IllegalArgumentException("Impossible sample coding: " + kind + " " + validBits + " bits in " + containerBytes + " bytes");
        }
    }

    /** Bit depth of the integer samples delivered: floats become 32-bit integers. */
    int outputBits() {
        return kind == Kind.FLOAT ? 32 : validBits;
    }

    /** The sample stored at {@code offset}. */
    int decode(byte[] bytes, int offset) {
        long raw = 0;
        for (int i = 0; i < containerBytes; i++) {
            int index = order == ByteOrder.BIG_ENDIAN ? i : containerBytes - 1 - i;
            raw = (raw << 8) | (bytes[offset + index] & 0xFF);
        }
        int containerBits = 8 * containerBytes;
        return switch (kind) {
            case FLOAT -> fromFloat(containerBytes == 4 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw));
            case UNSIGNED -> (int) ((raw - (1L << (containerBits - 1))) >> (containerBits - validBits));
            case SIGNED -> (int) ((raw << (64 - containerBits)) >> (64 - validBits));
        };
    }

    /** ±1.0 is full scale; louder floats (legal in a float file) are clamped, NaN becomes silence. */
    private static int fromFloat(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double scaled = Math.rint(value * FLOAT_SCALE);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, scaled));
    }

    /** The words a signal path uses for the stored samples, e.g. {@code 32-bit float}. */
    String describe() {
        return kind == Kind.FLOAT ? 8 * containerBytes + "-bit float" : validBits + "-bit";
    }
}
