package dev.fidelio.audio.resample;

/**
 * One conversion step of a plan: from {@code inputRate} by {@code up}/{@code down}, keeping {@code passHz} flat and
 * rejecting from {@code stopHz} by {@code attenuationDb}, with a passband gain, computed by {@code method}. Also the
 * key under which its filter is cached.
 */
record StageSpec(int inputRate, int up, int down, double passHz, double stopHz, double gain, double attenuationDb,
        Method method) {

    /** How a stage applies its filter; the filter itself, and so the result, is the same either way. */
    enum Method {
        /** Directly, one multiply-add per tap: for short filters, and any ratio. */
        POLYPHASE,
        /** A half-band filter halving the rate ({@link HalfBandDecimator}): half its taps are zero. */
        HALF_BAND,
        /** By fast convolution ({@link FftDecimator}): for a long filter halving the rate. */
        FFT
    }

    StageSpec(int inputRate, int up, int down, double passHz, double stopHz, double gain) {
        this(inputRate, up, down, passHz, stopHz, gain, PolyphaseFilter.ATTENUATION_DB, Method.POLYPHASE);
    }

    int outputRate() {
        return (int) ((long) inputRate * up / down);
    }
}
