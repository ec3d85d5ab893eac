package dev.fidelio.testmusic;

import java.util.Arrays;

/**
 * Encodes one channel of one FLAC block as whichever of CONSTANT, FIXED (predictor order 0–4 with partitioned Rice
 * residual) or VERBATIM is smallest. Rice parameters and partition orders are chosen from an estimate of the coded
 * size; the estimate only steers the choice, the bits written are always exact.
 */
final class FlacSubframeEncoder {

    private static final int TYPE_CONSTANT = 0b000000;
    private static final int TYPE_VERBATIM = 0b000001;
    private static final int TYPE_FIXED = 0b001000;
    private static final int MAX_FIXED_ORDER = 4;
    private static final int MAX_PARTITION_ORDER = 8;
    private static final int RICE_MAX_PARAMETER = 14;
    /** RICE2 (5-bit parameters) reserves 31 as its escape code. */
    private static final int RICE2_MAX_PARAMETER = 30;
    private static final int METHOD_RICE = 0;
    private static final int METHOD_RICE2 = 1;
    private static final int SUBFRAME_HEADER_BITS = 8;
    private static final int RESIDUAL_HEADER_BITS = 2 + 4;

    private FlacSubframeEncoder() {
    }

    static void write(int[] channel, int offset, int blockSize, int bitsPerSample, BitWriter out) {
        if (isConstant(channel, offset, blockSize)) {
            writeHeader(out, TYPE_CONSTANT);
            out.writeBits(channel[offset], bitsPerSample);
            return;
        }
        FixedPlan best = null;
        // The fixed predictor of order k leaves the k-th difference of the signal, so each order's residual is the
        // difference of the previous one (FLAC spec, "FIXED predictor").
        int[] difference = Arrays.copyOfRange(channel, offset, offset + blockSize);
        for (int order = 0; order <= Math.min(MAX_FIXED_ORDER, blockSize - 1); order++) {
            if (order > 0) {
                difference = difference(difference);
            }
            FixedPlan plan = FixedPlan.of(difference, blockSize, order, bitsPerSample);
            if (best == null || plan.estimatedBits < best.estimatedBits) {
                best = plan;
            }
        }
        long verbatimBits = SUBFRAME_HEADER_BITS + (long) blockSize * bitsPerSample;
        if (best == null || best.estimatedBits >= verbatimBits) {
            writeHeader(out, TYPE_VERBATIM);
            for (int i = 0; i < blockSize; i++) {
                out.writeBits(channel[offset + i], bitsPerSample);
            }
        } else {
            best.write(channel, offset, bitsPerSample, out);
        }
    }

    private static boolean isConstant(int[] channel, int offset, int blockSize) {
        for (int i = 1; i < blockSize; i++) {
            if (channel[offset + i] != channel[offset]) {
                return false;
            }
        }
        return true;
    }

    private static void writeHeader(BitWriter out, int type) {
        out.writeBits(0, 1);
        out.writeBits(type, 6);
        out.writeBits(0, 1); // no wasted bits
    }

    private static int[] difference(int[] values) {
        int[] difference = new int[values.length - 1];
        for (int i = 0; i < difference.length; i++) {
            difference[i] = values[i + 1] - values[i];
        }
        return difference;
    }

    /** Folds a signed residual onto the non-negative integers (0, -1, 1, -2 … → 0, 1, 2, 3 …) for Rice coding. */
    private static long fold(int residual) {
        return ((long) residual << 1) ^ (residual >> 31);
    }

    private static final class FixedPlan {
        final int order;
        final int blockSize;
        final int[] residual;
        int partitionOrder;
        int[] parameters;
        long estimatedBits = Long.MAX_VALUE;

        private FixedPlan(int order, int blockSize, int[] residual) {
            this.order = order;
            this.blockSize = blockSize;
            this.residual = residual;
        }

        static FixedPlan of(int[] residual, int blockSize, int order, int bitsPerSample) {
            FixedPlan plan = new FixedPlan(order, blockSize, residual);
            plan.choosePartitioning(SUBFRAME_HEADER_BITS + (long) order * bitsPerSample + RESIDUAL_HEADER_BITS);
            return plan;
        }

        /**
         * Tries every legal partition order from the sums of folded residuals per finest partition, merging
         * neighbours to get the coarser orders.
         */
        private void choosePartitioning(long headerBits) {
            int maxOrder = 0;
            while (maxOrder < MAX_PARTITION_ORDER
                    && blockSize % (1 << (maxOrder + 1)) == 0
                    && (blockSize >> (maxOrder + 1)) > order) {
                maxOrder++;
            }
            long[] sums = new long[1 << maxOrder];
            int finest = blockSize >> maxOrder;
            for (int p = 0, i = 0; p < sums.length; p++) {
                for (int end = (p + 1) * finest - order; i < end; i++) {
                    sums[p] += fold(residual[i]);
                }
            }
            for (int partitionOrder = maxOrder; partitionOrder >= 0; partitionOrder--) {
                int partitions = 1 << partitionOrder;
                int[] chosen = new int[partitions];
                long bits = headerBits;
                boolean needsRice2 = false;
                for (int p = 0; p < partitions; p++) {
                    int count = (blockSize >> partitionOrder) - (p == 0 ? order : 0);
                    chosen[p] = bestParameter(count, sums[p]);
                    bits += estimateBits(count, sums[p], chosen[p]);
                    needsRice2 |= chosen[p] > RICE_MAX_PARAMETER;
                }
                bits += (long) partitions * (needsRice2 ? 5 : 4);
                if (bits < estimatedBits) {
                    estimatedBits = bits;
                    this.partitionOrder = partitionOrder;
                    parameters = chosen;
                }
                if (partitionOrder > 0) {
                    long[] coarser = new long[partitions / 2];
                    for (int p = 0; p < coarser.length; p++) {
                        coarser[p] = sums[2 * p] + sums[2 * p + 1];
                    }
                    sums = coarser;
                }
            }
        }

        /** The estimate is convex in k with its minimum near log2 of the mean, so only the neighbours need checking. */
        private static int bestParameter(int count, long sum) {
            if (count == 0) {
                return 0;
            }
            int log2Mean = 63 - Long.numberOfLeadingZeros(Math.max(1, sum / count));
            int best = Math.max(0, log2Mean - 1);
            for (int k = best + 1; k <= Math.min(log2Mean + 1, RICE2_MAX_PARAMETER); k++) {
                if (estimateBits(count, sum, k) < estimateBits(count, sum, best)) {
                    best = k;
                }
            }
            return best;
        }

        /** Each value costs its quotient in unary, a stop bit and k low bits; the quotients add up to about sum / 2^k. */
        private static long estimateBits(int count, long sum, int k) {
            return (long) count * (k + 1) + (sum >>> k);
        }

        void write(int[] channel, int offset, int bitsPerSample, BitWriter out) {
            writeHeader(out, TYPE_FIXED | order);
            for (int i = 0; i < order; i++) {
                out.writeBits(channel[offset + i], bitsPerSample);
            }
            boolean rice2 = false;
            for (int parameter : parameters) {
                rice2 |= parameter > RICE_MAX_PARAMETER;
            }
            out.writeBits(rice2 ? METHOD_RICE2 : METHOD_RICE, 2);
            out.writeBits(partitionOrder, 4);
            int next = 0;
            for (int p = 0; p < parameters.length; p++) {
                out.writeBits(parameters[p], rice2 ? 5 : 4);
                int count = (blockSize >> partitionOrder) - (p == 0 ? order : 0);
                for (int i = 0; i < count; i++) {
                    out.writeRice(fold(residual[next++]), parameters[p]);
                }
            }
        }
    }
}
