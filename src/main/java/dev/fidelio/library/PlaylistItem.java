package dev.fidelio.library;

import java.time.Instant;
import java.util.UUID;

public record PlaylistItem(UUID id, long ownerId, String ownerName, String name, String comment, boolean isPublic, Instant createdAt,
        Instant updatedAt) {
}
