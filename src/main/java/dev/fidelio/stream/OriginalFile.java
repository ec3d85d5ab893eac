package dev.fidelio.stream;

import java.time.Instant;
import java.nio.file.Path;
import java.util.UUID;

import dev.fidelio.library.AudioFormat;

/**
 * A track's file as it is on disk now: where, how big, last changed when, in which format, and the ReplayGain its
 * tags gave (null when untagged).
 */
public record OriginalFile(UUID trackId, Path path, long size, Instant modified, AudioFormat format, Double trackGain,
        Double albumGain) {

    public boolean isDsd() {
        return format == AudioFormat.DSF || format == AudioFormat.DFF;
    }

    /** A strong validator: the same size and modification time mean the same bytes for a music file. */
    public String entityTag() {
        return "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified.toEpochMilli()) + "\"";
    }
}
