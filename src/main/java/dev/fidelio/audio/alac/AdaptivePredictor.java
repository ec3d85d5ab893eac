package dev.fidelio.audio.alac;

/**
 * ALAC's adaptive LPC synthesis: each sample is predicted from the previous {@code order} samples relative to the
 * oldest of them, and after each sample the coefficients move one step against the sign of the error until the
 * error is used up. Order 31 is the special first-difference mode.
 */
final class AdaptivePredictor {

    static final int FIRST_DIFFERENCE = 31;

    private AdaptivePredictor() {
    }

    /**
     * Turns {@code residuals} into samples of {@code bits} bits in {@code out} (which may be the same array).
     * {@code coefs} is adapted in place; {@code coefs[0]} weighs the most recent sample.
     */
    static void reconstruct(int[] residuals, int[] out, int count, int[] coefs, int order, int bits, int denShift) {
        if (count == 0) {
            return;
        }
        int chanShift = 32 - bits;
        out[0] = residuals[0];
        if (order == 0) {
            System.arraycopy(residuals, 1, out, 1, count - 1);
            return;
        }
        if (order == FIRST_DIFFERENCE) {
            for (int j = 1; j < count; j++) {
                out[j] = (residuals[j] + out[j - 1]) << chanShift >> chanShift;
            }
            return;
        }
        for (int j = 1; j <= order && j < count; j++) {
            out[j] = (residuals[j] + out[j - 1]) << chanShift >> chanShift;
        }
        int denHalf = denShift == 0 ? 0 : 1 << (denShift - 1);
        for (int j = order + 1; j < count; j++) {
            int top = out[j - order - 1];
            int last = j - 1;
            int sum = 0;
            for (int k = 0; k < order; k++) {
                sum += coefs[k] * (out[last - k] - top);
            }
            int error = residuals[j];
            out[j] = (error + top + ((sum + denHalf) >> denShift)) << chanShift >> chanShift;
            if (error > 0) {
                for (int k = order - 1; k >= 0 && error > 0; k--) {
                    int diff = top - out[last - k];
                    int sign = Integer.signum(diff);
                    coefs[k] -= sign;
                    error -= (order - k) * ((sign * diff) >> denShift);
                }
            } else if (error < 0) {
                for (int k = order - 1; k >= 0 && error < 0; k--) {
                    int diff = top - out[last - k];
                    int sign = Integer.signum(diff);
                    coefs[k] += sign;
                    error -= (order - k) * ((-sign * diff) >> denShift);
                }
            }
        }
    }
}
