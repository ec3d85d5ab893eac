package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.LibraryProblem;

@Type("ScanProblem")
public record ScanProblem(@NonNull String path, @NonNull String kind, @NonNull String message, Instant firstSeenAt, Instant lastSeenAt) {

    static ScanProblem of(LibraryProblem p) {
        return new ScanProblem(p.path, p.kind, p.message, p.firstSeenAt.toInstant(), p.lastSeenAt.toInstant());
    }
}
