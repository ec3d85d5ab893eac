package dev.fidelio.testmusic;

import java.util.function.LongToDoubleFunction;

/** Renders a track's per-channel signals to integer PCM, deterministically (round half up, clip at full scale, no dither). */
public final class SignalRenderer {

    private SignalRenderer() {
    }

    public static Pcm render(Track track) {
        int frames = Math.toIntExact(track.durationSamples());
        long fullScale = (1L << (track.bitsPerSample() - 1)) - 1;
        int[][] samples = new int[track.channels()][frames];
        for (int c = 0; c < track.channels(); c++) {
            LongToDoubleFunction signal = track.signals().get(c).samples(track.sampleRate(), frames);
            for (int n = 0; n < frames; n++) {
                long value = StrictMath.round(signal.applyAsDouble(n) * fullScale);
                samples[c][n] = (int) Math.max(-fullScale, Math.min(fullScale, value));
            }
        }
        return new Pcm(track.sampleRate(), track.bitsPerSample(), samples);
    }
}
