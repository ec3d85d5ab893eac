package dev.fidelio.audio.wavpack;

/**
 * One of WavPack's cascaded decorrelation filters: a prediction from the sample {@code term} steps back (1…8), from
 * a linear (17) or damped (18) extrapolation of the last two, or across channels (−1, −2, −3), scaled by a weight
 * that adapts by ±delta with the sign agreement of input and residual.
 */
final class DecorrelationPass {

    static final int MAX_TERM = 8;

    final int term;
    final int delta;
    int weightA;
    int weightB;
    final int[] samplesA = new int[MAX_TERM];
    final int[] samplesB = new int[MAX_TERM];

    DecorrelationPass(int term, int delta) {
        this.term = term;
        this.delta = delta;
    }

    void reconstructMono(int[] buffer, int count) {
        int weight = weightA;
        int[] history = samplesA;
        if (term == 17 || term == 18) {
            for (int i = 0; i < count; i++) {
                int prediction = term == 17 ? 2 * history[0] - history[1] : (3 * history[0] - history[1]) >> 1;
                history[1] = history[0];
                int residual = buffer[i];
                history[0] = applyWeight(weight, prediction) + residual;
                weight = updateWeight(weight, delta, prediction, residual);
                buffer[i] = history[0];
            }
        } else {
            for (int i = 0, m = 0, k = term & (MAX_TERM - 1); i < count; i++) {
                int prediction = history[m];
                int residual = buffer[i];
                history[k] = applyWeight(weight, prediction) + residual;
                weight = updateWeight(weight, delta, prediction, residual);
                buffer[i] = history[k];
                m = (m + 1) & (MAX_TERM - 1);
                k = (k + 1) & (MAX_TERM - 1);
            }
        }
        weightA = weight;
    }

    /** {@code buffer} holds {@code count} interleaved left/right pairs. */
    void reconstructStereo(int[] buffer, int count) {
        int end = count * 2;
        switch (term) {
            case 17, 18 -> {
                for (int i = 0; i < end; i += 2) {
                    int predictionA = term == 17 ? 2 * samplesA[0] - samplesA[1]
                            : samplesA[0] + ((samplesA[0] - samplesA[1]) >> 1);
                    samplesA[1] = samplesA[0];
                    int residualA = buffer[i];
                    buffer[i] = samplesA[0] = applyWeight(weightA, predictionA) + residualA;
                    weightA = updateWeight(weightA, delta, predictionA, residualA);

                    int predictionB = term == 17 ? 2 * samplesB[0] - samplesB[1]
                            : samplesB[0] + ((samplesB[0] - samplesB[1]) >> 1);
                    samplesB[1] = samplesB[0];
                    int residualB = buffer[i + 1];
                    buffer[i + 1] = samplesB[0] = applyWeight(weightB, predictionB) + residualB;
                    weightB = updateWeight(weightB, delta, predictionB, residualB);
                }
            }
            case -1 -> {
                for (int i = 0; i < end; i += 2) {
                    int left = buffer[i] + applyWeight(weightA, samplesA[0]);
                    weightA = updateWeightClipped(weightA, delta, samplesA[0], buffer[i]);
                    buffer[i] = left;
                    samplesA[0] = buffer[i + 1] + applyWeight(weightB, left);
                    weightB = updateWeightClipped(weightB, delta, left, buffer[i + 1]);
                    buffer[i + 1] = samplesA[0];
                }
            }
            case -2 -> {
                for (int i = 0; i < end; i += 2) {
                    int right = buffer[i + 1] + applyWeight(weightB, samplesB[0]);
                    weightB = updateWeightClipped(weightB, delta, samplesB[0], buffer[i + 1]);
                    buffer[i + 1] = right;
                    samplesB[0] = buffer[i] + applyWeight(weightA, right);
                    weightA = updateWeightClipped(weightA, delta, right, buffer[i]);
                    buffer[i] = samplesB[0];
                }
            }
            case -3 -> {
                for (int i = 0; i < end; i += 2) {
                    int left = buffer[i] + applyWeight(weightA, samplesA[0]);
                    weightA = updateWeightClipped(weightA, delta, samplesA[0], buffer[i]);
                    int right = buffer[i + 1] + applyWeight(weightB, samplesB[0]);
                    weightB = updateWeightClipped(weightB, delta, samplesB[0], buffer[i + 1]);
                    buffer[i] = samplesB[0] = left;
                    buffer[i + 1] = samplesA[0] = right;
                }
            }
            default -> {
                for (int i = 0, m = 0, k = term & (MAX_TERM - 1); i < end; i += 2) {
                    int predictionA = samplesA[m];
                    samplesA[k] = applyWeight(weightA, predictionA) + buffer[i];
                    weightA = updateWeight(weightA, delta, predictionA, buffer[i]);
                    buffer[i] = samplesA[k];

                    int predictionB = samplesB[m];
                    samplesB[k] = applyWeight(weightB, predictionB) + buffer[i + 1];
                    weightB = updateWeight(weightB, delta, predictionB, buffer[i + 1]);
                    buffer[i + 1] = samplesB[k];
                    m = (m + 1) & (MAX_TERM - 1);
                    k = (k + 1) & (MAX_TERM - 1);
                }
            }
        }
    }

    /** weight × sample / 1024, rounded, computed in two halves when the product could overflow 32 bits. */
    static int applyWeight(int weight, int sample) {
        if (sample == (short) sample) {
            return (weight * sample + 512) >> 10;
        }
        return ((((sample & 0xFFFF) * weight) >> 9) + (((sample & ~0xFFFF) >> 9) * weight) + 1) >> 1;
    }

    private static int updateWeight(int weight, int delta, int source, int result) {
        if (source == 0 || result == 0) {
            return weight;
        }
        int s = (source ^ result) >> 31;
        return (delta ^ s) + (weight - s);
    }

    private static int updateWeightClipped(int weight, int delta, int source, int result) {
        if (source == 0 || result == 0) {
            return weight;
        }
        int s = (source ^ result) >> 31;
        int w = (weight ^ s) + (delta - s);
        if (w > 1024) {
            w = 1024;
        }
        return (w ^ s) - s;
    }
}
