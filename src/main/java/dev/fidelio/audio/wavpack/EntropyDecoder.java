package dev.fidelio.audio.wavpack;

import dev.fidelio.audio.CorruptAudioException;
import java.util.Arrays;

/**
 * WavPack's lossless residual decoder. Each channel keeps three running medians that split values into buckets;
 * the bucket is sent as a unary count (with a "held" bit shared between neighbouring codes), the value inside it as
 * a truncated binary code, then a sign bit. When both channels' first median is tiny, runs of zeros are sent as a
 * single Elias-gamma-like count.
 */
final class EntropyDecoder {

    private static final int LIMIT_ONES = 16;
    private static final int DIV0 = 128;
    private static final int DIV1 = 64;
    private static final int DIV2 = 32;

    /** medians[channel][0..2], unsigned. */
    private final int[][] medians = new int[2][3];

    void setMedians(int channel, int m0, int m1, int m2) {
        medians[channel][0] = m0;
        medians[channel][1] = m1;
        medians[channel][2] = m2;
    }

    void clear() {
        for (int[] m : medians) {
            Arrays.fill(m, 0);
        }
    }

    /**
     * Decodes {@code count} residuals into {@code out}; for stereo they alternate between the channels.
     */
    void decode(LsbBitReader bits, int[] out, int count, boolean mono) throws CorruptAudioException {
        boolean holdingOne = false;
        boolean holdingZero = false;
        long zerosAcc = 0;
        for (int n = 0; n < count; n++) {
            int[] c = medians[mono ? 0 : n & 1];
            if (holdingZero) {
                holdingZero = false;
                int low = readCode(bits, med(c, 0) - 1);
                decrement(c, 0, DIV0);
                out[n] = bits.bit() != 0 ? ~low : low;
                if (++n == count) {
                    break;
                }
                c = medians[mono ? 0 : n & 1];
            }

            if (Integer.compareUnsigned(medians[0][0], 2) < 0 && !holdingOne
                    && Integer.compareUnsigned(medians[1][0], 2) < 0) {
                if (zerosAcc > 0) {
                    if (--zerosAcc > 0) {
                        out[n] = 0;
                        continue;
                    }
                } else {
                    zerosAcc = readEscapedCount(bits);
                    if (zerosAcc > 0) {
                        clear();
                        out[n] = 0;
                        continue;
                    }
                }
            }

            long ones = 0;
            while (ones < LIMIT_ONES + 1 && bits.bit() != 0) {
                ones++;
            }
            if (ones == LIMIT_ONES + 1) {
                throw new CorruptAudioException("WavPack residual has too long a unary prefix");
            }
            if (ones == LIMIT_ONES) {
                ones = readEscapedCount(bits) + LIMIT_ONES;
            }
            long held = holdingOne ? 1 : 0;
            holdingOne = (ones & 1) != 0;
            holdingZero = (ones & 1) == 0;
            ones = (ones >>> 1) + held;

            int low;
            int high;
            if (ones == 0) {
                low = 0;
                high = med(c, 0) - 1;
                decrement(c, 0, DIV0);
            } else {
                low = med(c, 0);
                increment(c, 0, DIV0);
                if (ones == 1) {
                    high = low + med(c, 1) - 1;
                    decrement(c, 1, DIV1);
                } else {
                    low += med(c, 1);
                    increment(c, 1, DIV1);
                    if (ones == 2) {
                        high = low + med(c, 2) - 1;
                        decrement(c, 2, DIV2);
                    } else {
                        low += (int) (ones - 2) * med(c, 2);
                        high = low + med(c, 2) - 1;
                        increment(c, 2, DIV2);
                    }
                }
            }
            low += readCode(bits, high - low);
            out[n] = bits.bit() != 0 ? ~low : low;
        }
        bits.checkNotOverrun();
    }

    /** A count sent as the number of its bits in unary, then those bits below the implied top one. */
    private static long readEscapedCount(LsbBitReader bits) throws CorruptAudioException {
        int cbits = 0;
        while (cbits < 33 && bits.bit() != 0) {
            cbits++;
        }
        if (cbits == 33) {
            throw new CorruptAudioException("WavPack run length is longer than 32 bits");
        }
        if (cbits < 2) {
            return cbits;
        }
        long value = 0;
        long mask = 1;
        while (--cbits > 0) {
            if (bits.bit() != 0) {
                value |= mask;
            }
            mask <<= 1;
        }
        return (value | mask) & 0xFFFF_FFFFL;
    }

    /** A value in 0…maxCode (unsigned) in the fewest bits, one more for the upper codes. */
    private static int readCode(LsbBitReader bits, int maxCode) {
        long max = maxCode & 0xFFFF_FFFFL;
        if (max < 2) {
            return max == 0 ? 0 : bits.bit();
        }
        int bitCount = 64 - Long.numberOfLeadingZeros(max);
        long extras = (1L << bitCount) - max - 1;
        long code = bits.bits(bitCount - 1);
        if (code >= extras) {
            code = (code << 1) - extras + bits.bit();
        }
        return (int) code;
    }

    private static int med(int[] c, int i) {
        return (c[i] >>> 4) + 1;
    }

    private static void increment(int[] c, int i, int div) {
        c[i] += (int) (((c[i] & 0xFFFF_FFFFL) + div) / div) * 5;
    }

    private static void decrement(int[] c, int i, int div) {
        c[i] -= (int) (((c[i] & 0xFFFF_FFFFL) + div - 2) / div) * 2;
    }
}
