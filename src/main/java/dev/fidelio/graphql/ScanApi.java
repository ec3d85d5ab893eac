package dev.fidelio.graphql;

import java.util.List;

import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanMonitor;
import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.PageRequest;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Scans, live and past, and the problems they found, for administrators. */
@GraphQLApi
public class ScanApi {

    private static final String ADMINS_ONLY = "scans and their problems are for administrators";

    private final ScanMonitor monitor;
    private final LibraryScanner scanner;
    private final Caller caller;

    ScanApi(ScanMonitor monitor, LibraryScanner scanner, Caller caller) {
        this.monitor = monitor;
        this.scanner = scanner;
        this.caller = caller;
    }

    @Query
    @Description("The scan that runs now, else the latest one; null before the first (administrators only)")
    public ScanStatus scanStatus() {
        caller.requireAdmin(ADMINS_ONLY);
        return monitor.current().map(ScanStatus::of).orElse(null);
    }

    @Query
    @Description("One scan by id: waiting, running or ended (administrators only)")
    public @NonNull ScanStatus scan(@NonNull @Id String id) {
        caller.requireAdmin(ADMINS_ONLY);
        long scanId;
        try {
            scanId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("scan", id);
        }
        return monitor.status(scanId).map(ScanStatus::of).orElseThrow(() -> new NotFoundException("scan", id));
    }

    @Query
    @Description("Files and folders that could not be indexed, by path (administrators only)")
    @Transactional
    public @NonNull List<@NonNull ScanProblem> scanProblems(@DefaultValue("100") int first) {
        caller.requireAdmin(ADMINS_ONLY);
        if (first < 1 || first > PageRequest.MAX_SIZE) {
            throw new IllegalArgumentException("first is 1 to " + PageRequest.MAX_SIZE + "; not " + first);
        }
        return LibraryProblem.<LibraryProblem>find("ORDER BY path, kind").range(0, first - 1).list().stream().map(ScanProblem::of).toList();
    }

    @Mutation
    @Description("""
            Starts a scan of every music folder (administrators only): QUICK reads new and changed files, FULL every \
            file, RULES applies the tag rules again to the stored tags. Answers with this request's scan, which waits \
            (phase queued) while another runs; a request that a waiting scan already covers gets that one.""")
    public @NonNull ScanStatus startScan(@DefaultValue("QUICK") ScanKind kind) {
        caller.requireAdmin(ADMINS_ONLY);
        long id = scanner.start(kind == null ? ScanKind.QUICK : kind);
        return monitor.status(id).map(ScanStatus::of).orElseThrow(() -> new IllegalStateException("Scan " + id + " has no status"));
    }

    @Subscription
    @Description("""
            Every scan as it goes (administrators only): when it is queued and starts, several times a second while \
            it counts, at each change of phase or folder, and when it ends. A subscriber that falls behind gets the \
            newest status, not every one.""")
    public Multi<@NonNull ScanStatus> scanProgress() {
        caller.requireAdmin(ADMINS_ONLY);
        return monitor.progress().map(ScanStatus::of);
    }

    @Subscription("scanProblems")
    @Description("Each problem as a scan (or the check of the music folders) records it (administrators only)")
    public Multi<@NonNull ScanProblem> scanProblemsFound() {
        caller.requireAdmin(ADMINS_ONLY);
        return monitor.problems().map(ScanProblem::of);
    }
}
