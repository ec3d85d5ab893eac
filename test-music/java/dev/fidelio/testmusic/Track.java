package dev.fidelio.testmusic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One audio file. {@code durationSamples} counts samples per channel; {@code signals} holds one signal per channel.
 * {@code tags} uses Vorbis comment names in file order; FLAC stores them as they are, WAV and AIFF map them to ID3v2.4
 * frames (see {@link Id3v2Writer}).
 */
public record Track(
        String path,
        Format format,
        int sampleRate,
        int bitsPerSample,
        int channels,
        long durationSamples,
        List<Signal> signals,
        Map<String, List<String>> tags) {

    public enum Format { FLAC, WAV, AIFF }

    public Track {
        signals = List.copyOf(signals);
        if (signals.size() != channels) {
            throw new IllegalArgumentException(path + ": " + channels + " channels but " + signals.size() + " signals");
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        tags.forEach((key, values) -> ordered.put(key, List.copyOf(values)));
        tags = Collections.unmodifiableMap(ordered);
    }

    /** The first value of a tag, or null when the track does not have it. */
    public String tag(String key) {
        List<String> values = tags.get(key);
        return values == null ? null : values.get(0);
    }

    public List<String> tagValues(String key) {
        return tags.getOrDefault(key, List.of());
    }

    public double durationSeconds() {
        return (double) durationSamples / sampleRate;
    }
}
