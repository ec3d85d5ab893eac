package dev.fidelio.audio.pipeline;

import dev.fidelio.audio.dither.Gain;

/**
 * What a listener's player should receive. A null field keeps the source's value; {@code maxBits} is what the
 * output container can carry (FLAC 24, L16 16, …), applied after {@code bitsPerSample}.
 *
 * @param headroomDb gain of 0 or below given to the resampler, so that inter-sample peaks are not clipped
 */
public record ConversionTarget(Integer sampleRate, Integer bitsPerSample, Integer channels, int maxBits, Gain gain,
        double headroomDb) {

    public ConversionTarget {
        gain = gain == null ? Gain.NONE : gain;
    }
}
