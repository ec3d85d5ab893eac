package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.stream.StreamVariants;

@Type("StreamVariant")
@Description("One way to play a track: its signed URL (for an <audio> element, until it expires) and exactly what it sends")
public record StreamVariantType(@Description("original, flac-16-44.1, flac-24-96 or wav") @NonNull String name, @NonNull String url,
        @NonNull String mimeType, Integer sampleRate, Integer bitDepth, Integer channels,
        @Description("Every step from the file to the output, e.g. FLAC 24/192 → resample 192000→96000 (sinc, linear phase) → FLAC 24/96")
        @NonNull String signalPath, boolean bitPerfect) {

    static StreamVariantType of(StreamVariants.Variant v) {
        return new StreamVariantType(v.name(), v.url(), v.mimeType(), v.sampleRate(), v.bitDepth(), v.channels(), v.signalPath(),
                v.bitPerfect());
    }
}
