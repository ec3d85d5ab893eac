package dev.fidelio.audio.resample;

/**
 * One conversion step of a plan: from {@code inputRate} by {@code up}/{@code down}, keeping {@code passHz} flat and
 * rejecting from {@code stopHz}, with a passband gain. Also the key under which its filter is cached.
 */
record StageSpec(int inputRate, int up, int down, double passHz, double stopHz, double gain) {

    int outputRate() {
        return (int) ((long) inputRate * up / down);
    }
}
