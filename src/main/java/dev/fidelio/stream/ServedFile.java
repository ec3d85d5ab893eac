package dev.fidelio.stream;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file sent as it is, with ranges and validators: an original, or a finished conversion from the cache.
 *
 * @param entityTag a strong validator, quoted
 * @param contentFeatures the DLNA contentFeatures value for it
 */
record ServedFile(Path path, long size, Instant modified, String entityTag, String mediaType, String signalPath,
        String contentFeatures) {

    static ServedFile original(OriginalFile file) {
        return new ServedFile(file.path(), file.size(), file.modified(), file.entityTag(), file.format().mimeType(),
                StreamResource.BIT_PERFECT, DlnaHeaders.original(file.format()));
    }
}
