package dev.fidelio.library;

import java.time.Instant;
import java.util.UUID;

/** What the library already holds for a file: enough to tell whether it changed or moved. */
public record KnownFile(UUID trackId, String relativePath, long fileSize, Instant modified, byte[] contentKey) {
}
