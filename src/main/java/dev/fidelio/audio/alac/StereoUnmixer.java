package dev.fidelio.audio.alac;

/**
 * Undoes ALAC's adaptive inter-channel decorrelation: with mixRes ≠ 0 the pair is stored as a weighted mid and the
 * side; with mixRes = 0 the channels are stored as they are.
 */
final class StereoUnmixer {

    private StereoUnmixer() {
    }

    /** Replaces (u, v) with (left, right) in place. */
    static void unmix(int[] u, int[] v, int frames, int mixBits, int mixRes) {
        if (mixRes == 0) {
            return;
        }
        for (int i = 0; i < frames; i++) {
            int left = u[i] + v[i] - ((mixRes * v[i]) >> mixBits);
            u[i] = left;
            v[i] = left - v[i];
        }
    }
}
