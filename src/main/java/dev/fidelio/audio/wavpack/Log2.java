package dev.fidelio.audio.wavpack;

/**
 * WavPack's compact logarithms: metadata stores medians and filter history as signed 8.8 fixed-point base-2 logs.
 */
final class Log2 {

    /** The fraction of 2^(i/256) above 1, in 1/256ths, rounded: the same table the encoder uses. */
    private static final int[] EXP2 = new int[256];

    static {
        for (int i = 0; i < EXP2.length; i++) {
            EXP2[i] = (int) Math.round(256 * Math.pow(2, i / 256.0)) - 256;
        }
    }

    private Log2() {
    }

    static int exp2s(int log) {
        if (log < 0) {
            return -exp2s(-log);
        }
        int value = EXP2[log & 0xFF] | 0x100;
        int exponent = log >> 8;
        return exponent <= 9 ? value >>> (9 - exponent) : value << ((exponent - 9) & 0x1F);
    }
}
