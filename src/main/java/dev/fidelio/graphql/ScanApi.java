package dev.fidelio.graphql;

import java.util.List;

import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.fidelio.index.ScanRuns;
import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.PageRequest;
import io.quarkus.security.ForbiddenException;

/** Scans and the problems they found, for administrators. */
@GraphQLApi
public class ScanApi {

    private final ScanRuns runs;
    private final Caller caller;

    ScanApi(ScanRuns runs, Caller caller) {
        this.runs = runs;
        this.caller = caller;
    }

    @Query
    @Description("The latest scan, running or finished; null before the first (administrators only)")
    public ScanStatus scanStatus() {
        requireAdmin();
        return runs.latest().map(ScanStatus::of).orElse(null);
    }

    @Query
    @Description("One scan by id (administrators only)")
    public @NonNull ScanStatus scan(@NonNull @Id String id) {
        requireAdmin();
        long scanId;
        try {
            scanId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("scan", id);
        }
        return runs.get(scanId).map(ScanStatus::of).orElseThrow(() -> new NotFoundException("scan", id));
    }

    @Query
    @Description("Files and folders that could not be indexed, by path (administrators only)")
    @Transactional
    public @NonNull List<@NonNull ScanProblem> scanProblems(@DefaultValue("100") int first) {
        requireAdmin();
        if (first < 1 || first > PageRequest.MAX_SIZE) {
            throw new IllegalArgumentException("first is 1 to " + PageRequest.MAX_SIZE + "; not " + first);
        }
        return LibraryProblem.<LibraryProblem>find("ORDER BY path, kind").range(0, first - 1).list().stream().map(ScanProblem::of).toList();
    }

    private void requireAdmin() {
        caller.userId();
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Forbidden: scans and their problems are for administrators");
        }
    }
}
