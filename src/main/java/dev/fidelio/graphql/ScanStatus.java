package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.ScanRun;

@Type("ScanStatus")
public record ScanStatus(@Id @NonNull String id, @NonNull String kind, @NonNull String phase, boolean running, Instant startedAt,
        Instant finishedAt, int filesSeen, int filesDone, int added, int updated, int moved, int removed, int problems, String error) {

    static ScanStatus of(ScanRun r) {
        return new ScanStatus(r.id.toString(), r.kind, r.phase, r.finishedAt == null, r.startedAt == null ? null : r.startedAt.toInstant(),
                r.finishedAt == null ? null : r.finishedAt.toInstant(), r.filesSeen, r.filesDone, r.added, r.updated, r.moved, r.removed,
                r.problems, r.error);
    }
}
