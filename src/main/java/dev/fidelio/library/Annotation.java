package dev.fidelio.library;

import java.time.Instant;
import java.util.UUID;

/** What one user said about one item: starred when, rated how, played how often and last when. */
public record Annotation(ItemKind kind, UUID itemId, Instant starredAt, Integer rating, int playCount, Instant lastPlayedAt) {
}
