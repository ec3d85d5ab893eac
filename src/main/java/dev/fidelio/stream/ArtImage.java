package dev.fidelio.stream;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Cover art ready to send: an original image file as it is on disk, or bytes in memory (a picture taken out of an
 * audio file, or a resized copy).
 *
 * @param entityTag a strong validator, quoted
 */
public record ArtImage(String mimeType, String entityTag, Instant modified, Body body) {

    public sealed interface Body permits InMemory, OnDisk {
        long length();
    }

    public record InMemory(byte[] data) implements Body {
        @Override
        public long length() {
            return data.length;
        }
    }

    public record OnDisk(Path path, long length) implements Body {
    }
}
