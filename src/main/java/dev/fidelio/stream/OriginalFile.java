package dev.fidelio.stream;

import java.time.Instant;
import java.nio.file.Path;
import java.util.UUID;

import dev.fidelio.library.AudioFormat;

/** A track's file as it is on disk now: where, how big, last changed when, and in which format. */
public record OriginalFile(UUID trackId, Path path, long size, Instant modified, AudioFormat format) {

    /** A strong validator: the same size and modification time mean the same bytes for a music file. */
    public String entityTag() {
        return "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified.toEpochMilli()) + "\"";
    }
}
