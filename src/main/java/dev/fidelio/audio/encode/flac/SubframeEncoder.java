package dev.fidelio.audio.encode.flac;

/**
 * Encodes one channel of one block as the smallest of its candidate subframes: CONSTANT for a block of one value,
 * otherwise VERBATIM, the best FIXED predictor and an LPC predictor, compared by their exact or estimated sizes.
 * Low bits that are zero in every sample (audio padded to a deeper format) are stripped as "wasted bits" first.
 */
final class SubframeEncoder {

    private static final int TYPE_CONSTANT = 0b000000;
    private static final int TYPE_VERBATIM = 0b000001;
    private static final int TYPE_FIXED = 0b001000;
    private static final int TYPE_LPC = 0b100000;
    /** Below this many samples an LPC model costs more than it saves. */
    private static final int MIN_LPC_BLOCK = 64;
    /** Fixed predictors of this order and more could overflow a 32-bit residual in audio of 32 − order bits. */
    private static final int RESIDUAL_BITS = 31;

    private final FixedPredictor fixed = new FixedPredictor();
    private final LinearPredictor linear;
    private final ResidualCoder fixedCoder = new ResidualCoder();
    private final ResidualCoder linearCoder = new ResidualCoder();
    private final int[] shifted;
    private final int[] fixedResidual;
    private final int[] linearResidual;

    SubframeEncoder(int maxBlockSize, int maxLpcOrder) {
        linear = new LinearPredictor(maxBlockSize, maxLpcOrder);
        shifted = new int[maxBlockSize];
        fixedResidual = new int[maxBlockSize];
        linearResidual = new int[maxBlockSize];
    }

    /** Writes {@code samples[0..count)} of {@code bits}-bit audio as one subframe. */
    void encode(int[] samples, int count, int bits, BitWriter out) {
        if (isConstant(samples, count)) {
            writeHeader(out, TYPE_CONSTANT, 0);
            out.writeBits(bits, samples[0]);
            return;
        }
        int wasted = wastedBits(samples, count);
        int[] s = samples;
        int b = bits - wasted;
        if (wasted > 0) {
            for (int i = 0; i < count; i++) {
                shifted[i] = samples[i] >> wasted;
            }
            s = shifted;
        }
        long verbatimBits = (long) count * b;

        int maxFixedOrder = Math.min(FixedPredictor.MAX_ORDER, RESIDUAL_BITS - b);
        int fixedOrder = -1;
        long fixedBits = Long.MAX_VALUE;
        if (maxFixedOrder >= 0) {
            fixedOrder = fixed.bestOrder(s, count, maxFixedOrder);
            FixedPredictor.residual(s, count, fixedOrder, fixedResidual);
            fixedBits = (long) fixedOrder * b + fixedCoder.plan(fixedResidual, count, fixedOrder);
        }
        long linearBits = Long.MAX_VALUE;
        if (count >= MIN_LPC_BLOCK && linear.analyze(s, count, b) && linear.residual(s, count, linearResidual)) {
            linearBits = linear.headerBits(b) + linearCoder.plan(linearResidual, count, linear.order());
        }

        if (linearBits < fixedBits && linearBits < verbatimBits) {
            writeHeader(out, TYPE_LPC | (linear.order() - 1), wasted);
            writeWarmUp(out, s, linear.order(), b);
            linear.writeParameters(out);
            linearCoder.write(out);
        } else if (fixedBits < verbatimBits) {
            writeHeader(out, TYPE_FIXED | fixedOrder, wasted);
            writeWarmUp(out, s, fixedOrder, b);
            fixedCoder.write(out);
        } else {
            writeHeader(out, TYPE_VERBATIM, wasted);
            writeWarmUp(out, s, count, b);
        }
    }

    private static boolean isConstant(int[] samples, int count) {
        int first = samples[0];
        for (int i = 1; i < count; i++) {
            if (samples[i] != first) {
                return false;
            }
        }
        return true;
    }

    /** Trailing zero bits shared by every sample; only called for a block that is not all one value. */
    private static int wastedBits(int[] samples, int count) {
        int or = 0;
        for (int i = 0; i < count && (or & 1) == 0; i++) {
            or |= samples[i];
        }
        return Integer.numberOfTrailingZeros(or);
    }

    private static void writeHeader(BitWriter out, int type, int wasted) {
        out.writeBits(1, 0);
        out.writeBits(6, type);
        if (wasted == 0) {
            out.writeBits(1, 0);
        } else {
            out.writeBits(1, 1);
            out.writeUnary(wasted - 1);
        }
    }

    /** The first {@code count} samples as they are: the warm-up of a predictor, or a whole VERBATIM block. */
    private static void writeWarmUp(BitWriter out, int[] s, int count, int bits) {
        for (int i = 0; i < count; i++) {
            out.writeBits(bits, s[i]);
        }
    }
}
