package dev.fidelio.upnp;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one kind of control point or renderer takes, from the profiles file: how it spells media types, the finest
 * audio it plays, the art size it wants, and whether the original is offered at all. A null limit is no limit.
 *
 * @param match       case-insensitive parts of its {@code User-Agent} or {@code X-AV-Client-Info} that name it
 * @param mimeTypes   media types as this device spells them ({@code audio/flac} → {@code audio/x-flac})
 * @param artSize     the longest side, in pixels, of the second (JPEG_SM) album art it is given
 * @param hideOriginal offer conversions only (a device that misplays some originals)
 */
record RendererProfile(String name, List<String> match, Map<String, String> mimeTypes, Integer maxSampleRate, Integer maxBitDepth,
        Integer maxChannels, Integer artSize, Boolean hideOriginal) {

    /** What a device without a profile gets: everything, as the standards spell it. */
    static final RendererProfile STANDARD = new RendererProfile("default", List.of(), Map.of(), null, null, null, 480, false);

    RendererProfile {
        match = match == null ? List.of() : match.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        mimeTypes = mimeTypes == null ? Map.of() : Map.copyOf(mimeTypes);
    }

    boolean matches(String clientText) {
        String text = clientText.toLowerCase(Locale.ROOT);
        return match.stream().anyMatch(text::contains);
    }

    /** This profile with what it leaves unset taken from {@code base}. */
    RendererProfile over(RendererProfile base) {
        Map<String, String> mimes = new java.util.HashMap<>(base.mimeTypes);
        mimes.putAll(mimeTypes);
        return new RendererProfile(name, match, mimes, maxSampleRate != null ? maxSampleRate : base.maxSampleRate,
                maxBitDepth != null ? maxBitDepth : base.maxBitDepth, maxChannels != null ? maxChannels : base.maxChannels,
                artSize != null ? artSize : base.artSize, hideOriginal != null ? hideOriginal : base.hideOriginal);
    }

    String mimeType(String standard) {
        return mimeTypes.getOrDefault(standard, standard);
    }

    boolean takes(Integer sampleRate, Integer bitDepth, Integer channels) {
        return within(sampleRate, maxSampleRate) && within(bitDepth, maxBitDepth) && within(channels, maxChannels);
    }

    private static boolean within(Integer value, Integer max) {
        return value == null || max == null || value <= max;
    }
}
