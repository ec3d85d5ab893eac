package dev.fidelio.audio.encode.flac;

/**
 * Plans and writes the partitioned Rice coding of a prediction residual. Every partition order the block allows is
 * tried, from per-partition sums of the folded residual at the finest order merged pairwise into the coarser ones;
 * each partition gets the Rice parameter its estimated cost favours. The estimate only steers the choice: the bits
 * written are always exact.
 *
 * <p>Escaped (plain binary) partitions are never written, though the format allows them: JFLAC, the decoder of this
 * server and of many Java players, prints a line to standard output for every one it meets. Noise that Rice codes
 * badly is left to the subframe chooser, which sends such a channel VERBATIM.
 */
final class ResidualCoder {

    static final int MAX_PARTITION_ORDER = 8;
    private static final int RICE_PARAMETER_BITS = 4;
    private static final int RICE2_PARAMETER_BITS = 5;
    private static final int RICE_MAX_PARAMETER = 14;
    private static final int RICE2_MAX_PARAMETER = 30;
    private static final int METHOD_RICE = 0b00;
    private static final int METHOD_RICE2 = 0b01;

    /** Per-partition sums of the folded residual for every partition order, order p from index 2^p − 1. */
    private final long[] sums = new long[2 << MAX_PARTITION_ORDER];
    private final int[] parameters = new int[1 << MAX_PARTITION_ORDER];
    private final int[] trialParameters = new int[1 << MAX_PARTITION_ORDER];
    private int partitionOrder;
    private boolean rice2;
    private int[] residual;
    private int blockSize;
    private int predictorOrder;

    /**
     * Chooses the coding of {@code residual[order..blockSize)} (indices are sample positions, the first {@code order}
     * are the warm-up) and returns its size in bits, coding-method and order fields included.
     */
    long plan(int[] residual, int blockSize, int order) {
        this.residual = residual;
        this.blockSize = blockSize;
        this.predictorOrder = order;
        int maxOrder = 0;
        while (maxOrder < MAX_PARTITION_ORDER
                && blockSize % (2 << maxOrder) == 0
                && (blockSize >> (maxOrder + 1)) > order) {
            maxOrder++;
        }
        finestPartitions(maxOrder);
        long best = Long.MAX_VALUE;
        for (int partitions = maxOrder; partitions >= 0; partitions--) {
            long bits = tryOrder(partitions);
            if (bits < best) {
                best = bits;
                keepTrial(partitions);
            }
        }
        return best;
    }

    private void finestPartitions(int maxOrder) {
        int partitions = 1 << maxOrder;
        int size = blockSize >> maxOrder;
        int base = partitions - 1;
        for (int p = 0, i = predictorOrder; p < partitions; p++) {
            long sum = 0;
            for (int end = (p + 1) * size; i < end; i++) {
                sum += Integer.toUnsignedLong((residual[i] << 1) ^ (residual[i] >> 31));
            }
            sums[base + p] = sum;
        }
        for (int order = maxOrder - 1; order >= 0; order--) {
            int to = (1 << order) - 1;
            int from = (2 << order) - 1;
            for (int p = 0; p < 1 << order; p++) {
                sums[to + p] = sums[from + 2 * p] + sums[from + 2 * p + 1];
            }
        }
    }

    private long tryOrder(int order) {
        int partitions = 1 << order;
        int base = partitions - 1;
        long bits = 2 + 4;
        boolean needsRice2 = false;
        for (int p = 0; p < partitions; p++) {
            int count = (blockSize >> order) - (p == 0 ? predictorOrder : 0);
            long sum = sums[base + p];
            int k = bestParameter(count, sum);
            trialParameters[p] = k;
            needsRice2 |= k > RICE_MAX_PARAMETER;
            bits += riceBits(count, sum, k);
        }
        return bits + (long) partitions * (needsRice2 ? RICE2_PARAMETER_BITS : RICE_PARAMETER_BITS);
    }

    private void keepTrial(int order) {
        partitionOrder = order;
        rice2 = false;
        for (int p = 0; p < 1 << order; p++) {
            parameters[p] = trialParameters[p];
            rice2 |= parameters[p] > RICE_MAX_PARAMETER;
        }
    }

    /**
     * The cost is convex in k with its minimum near log2 of the mean, so only that and its neighbours are tried; the
     * logarithm of the mean is taken as a difference of logarithms, which spares a division in this hot loop.
     */
    private static int bestParameter(int count, long sum) {
        if (count == 0 || sum < count) {
            return 0;
        }
        int log2Mean = Long.numberOfLeadingZeros(count) - Long.numberOfLeadingZeros(sum);
        int best = Math.min(RICE2_MAX_PARAMETER, Math.max(0, log2Mean - 1));
        long bestBits = riceBits(count, sum, best);
        for (int k = best + 1; k <= Math.min(log2Mean + 1, RICE2_MAX_PARAMETER); k++) {
            long bits = riceBits(count, sum, k);
            if (bits < bestBits) {
                best = k;
                bestBits = bits;
            }
        }
        return best;
    }

    /** Each value costs k low bits, a stop bit and its quotient in unary; the quotients add up to about sum / 2^k. */
    private static long riceBits(int count, long sum, int k) {
        return (long) count * (k + 1) + (sum >>> k);
    }

    void write(BitWriter out) {
        int parameterBits = rice2 ? RICE2_PARAMETER_BITS : RICE_PARAMETER_BITS;
        out.writeBits(2, rice2 ? METHOD_RICE2 : METHOD_RICE);
        out.writeBits(4, partitionOrder);
        int size = blockSize >> partitionOrder;
        for (int p = 0, from = predictorOrder; p < 1 << partitionOrder; p++) {
            int to = (p + 1) * size;
            out.writeBits(parameterBits, parameters[p]);
            out.writeRice(residual, from, to, parameters[p]);
            from = to;
        }
    }
}
