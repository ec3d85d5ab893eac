package dev.fidelio.audio.encode.flac;

/**
 * FLAC's fixed polynomial predictors: order k leaves the k-th difference of the signal. All five orders are compared
 * in one pass by the sum of their residual magnitudes, the usual proxy for their Rice-coded size.
 */
final class FixedPredictor {

    static final int MAX_ORDER = 4;

    private long smallestSum;

    /**
     * The order, at most {@code maxOrder}, whose residual over {@code samples[0..count)} has the smallest magnitude;
     * {@link #smallestSum} then holds that magnitude. Blocks too short to compare orders get order 0.
     */
    int bestOrder(int[] samples, int count, int maxOrder) {
        if (count <= MAX_ORDER) {
            smallestSum = 0;
            for (int i = 0; i < count; i++) {
                smallestSum += Math.abs((long) samples[i]);
            }
            return 0;
        }
        long sum0 = 0;
        long sum1 = 0;
        long sum2 = 0;
        long sum3 = 0;
        long sum4 = 0;
        int last0 = samples[3];
        int last1 = samples[3] - samples[2];
        int last2 = last1 - (samples[2] - samples[1]);
        int last3 = last2 - (samples[2] - 2 * samples[1] + samples[0]);
        for (int i = MAX_ORDER; i < count; i++) {
            int e0 = samples[i];
            int e1 = e0 - last0;
            int e2 = e1 - last1;
            int e3 = e2 - last2;
            int e4 = e3 - last3;
            sum0 += Math.abs(e0);
            sum1 += Math.abs(e1);
            sum2 += Math.abs(e2);
            sum3 += Math.abs(e3);
            sum4 += Math.abs(e4);
            last0 = e0;
            last1 = e1;
            last2 = e2;
            last3 = e3;
        }
        long[] sums = {sum0, sum1, sum2, sum3, sum4};
        int best = 0;
        for (int order = 1; order <= maxOrder; order++) {
            if (sums[order] < sums[best]) {
                best = order;
            }
        }
        smallestSum = sums[best];
        return best;
    }

    /** The residual magnitude of the last {@link #bestOrder} answer. */
    long smallestSum() {
        return smallestSum;
    }

    /** Writes the residual of {@code order} into {@code residual[order..count)}. */
    static void residual(int[] s, int count, int order, int[] residual) {
        switch (order) {
            case 0 -> System.arraycopy(s, 0, residual, 0, count);
            case 1 -> {
                for (int i = 1; i < count; i++) {
                    residual[i] = s[i] - s[i - 1];
                }
            }
            case 2 -> {
                for (int i = 2; i < count; i++) {
                    residual[i] = s[i] - 2 * s[i - 1] + s[i - 2];
                }
            }
            case 3 -> {
                for (int i = 3; i < count; i++) {
                    residual[i] = s[i] - 3 * s[i - 1] + 3 * s[i - 2] - s[i - 3];
                }
            }
            case 4 -> {
                for (int i = 4; i < count; i++) {
                    residual[i] = s[i] - 4 * s[i - 1] + 6 * s[i - 2] - 4 * s[i - 3] + s[i - 4];
                }
            }
            default -> throw new IllegalArgumentException("No fixed predictor of order " + order);
        }
    }
}
