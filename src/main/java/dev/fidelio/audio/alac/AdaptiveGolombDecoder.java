package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;

/**
 * ALAC's adaptive Golomb-Rice decoder: the Rice parameter follows a running mean of the folded residuals, and
 * when the mean falls low a run of zeros is coded as one count. Prefixes of nine or more ones escape to a plain
 * binary value.
 */
final class AdaptiveGolombDecoder {

    private static final int QB_SHIFT = 9;
    private static final int QB = 1 << QB_SHIFT;
    private static final int MMUL_SHIFT = 2;
    private static final int MDEN_SHIFT = QB_SHIFT - MMUL_SHIFT - 1;
    private static final int MOFF = 1 << (MDEN_SHIFT - 2);
    private static final int BIT_OFF = 24;
    private static final int MAX_PREFIX = 9;
    private static final int RUN_ESCAPE_BITS = 16;
    private static final int MEAN_CLAMP = 0xFFFF;

    private AdaptiveGolombDecoder() {
    }

    /**
     * Decodes {@code count} signed residuals of an element's channel into {@code out}.
     *
     * @param pb the adaptation rate, already scaled by the channel's pbFactor
     * @param escapeBits the width of an escaped residual: the channel's bit depth
     */
    static void decode(BitReader bits, int[] out, int count, int mb, int pb, int kb, int escapeBits)
            throws CorruptAudioException {
        // The mean is an unsigned 32-bit value that may wrap, as in the reference coder.
        int mean = mb;
        int runMask = (1 << kb) - 1;
        int zeroMode = 0;
        int c = 0;
        while (c < count) {
            int k = Math.min(31 - Integer.numberOfLeadingZeros((mean >>> QB_SHIFT) + 3), kb);
            long n = read(bits, (1 << k) - 1, k, escapeBits);
            long folded = n + zeroMode;
            out[c++] = (int) ((folded & 1) == 0 ? (folded + 1) >>> 1 : -((folded + 1) >>> 1));
            if (n > MEAN_CLAMP) {
                mean = MEAN_CLAMP;
            } else {
                mean = pb * (int) folded + mean - ((pb * mean) >>> QB_SHIFT);
            }
            zeroMode = 0;
            if (Integer.compareUnsigned(mean << MMUL_SHIFT, QB) < 0 && c < count) {
                zeroMode = 1;
                int runK = Integer.numberOfLeadingZeros(mean) - BIT_OFF + ((mean + MOFF) >> MDEN_SHIFT);
                int run = (int) read(bits, ((1 << runK) - 1) & runMask, runK, RUN_ESCAPE_BITS);
                if (run > count - c) {
                    throw new CorruptAudioException("ALAC zero run of " + run + " passes the end of the frame");
                }
                for (int j = 0; j < run; j++) {
                    out[c++] = 0;
                }
                if (run >= 0xFFFF) {
                    zeroMode = 0;
                }
                mean = 0;
            }
        }
        bits.checkNotOverrun();
    }

    /**
     * One Golomb-Rice code with multiplier {@code m} and parameter {@code k}: a unary prefix, then k−1 or k bits
     * (the shorter form when the top k−1 bits are zero).
     */
    private static long read(BitReader bits, int m, int k, int escapeBits) {
        int prefix = Integer.numberOfLeadingZeros(~bits.peek32());
        if (prefix >= MAX_PREFIX) {
            bits.skip(MAX_PREFIX);
            return bits.read(escapeBits);
        }
        bits.skip(prefix + 1);
        if (k == 1) {
            return prefix;
        }
        long high = bits.read(k - 1);
        if (high == 0) {
            return (long) prefix * m;
        }
        long v = high << 1 | bits.read(1);
        return (long) prefix * m + v - 1;
    }
}
