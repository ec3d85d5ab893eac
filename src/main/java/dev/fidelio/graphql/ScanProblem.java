package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.LibraryProblem;

@Type("ScanProblem")
@Description("A file or folder that could not be indexed, and why")
public record ScanProblem(@NonNull String path, @NonNull String kind, @NonNull String message, Instant firstSeenAt, Instant lastSeenAt,
        @Id @Description("The scan that found it, as the scanProblems subscription reports it; null in lists and outside scans") String scanId) {

    static ScanProblem of(LibraryProblem p) {
        return new ScanProblem(p.path, p.kind, p.message, p.firstSeenAt.toInstant(), p.lastSeenAt.toInstant(), null);
    }

    static ScanProblem of(dev.fidelio.index.ScanProblem p) {
        return new ScanProblem(p.path(), p.kind(), p.message(), p.firstSeenAt(), p.lastSeenAt(),
                p.runId() == null ? null : p.runId().toString());
    }
}
