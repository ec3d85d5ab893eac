package dev.fidelio.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A track as stored, with what the file said: enough to derive its tags again without reading the file. */
public record StoredFile(String relativePath, long fileSize, Instant modified, byte[] contentKey, TrackRecord.Audio audio,
        Map<String, List<String>> rawTags, List<Map<String, Object>> pictures) {
}
