package dev.fidelio.index;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.web.ApiException;

/** Starting scans and reading their progress and problems. */
@Path("/api/library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class LibraryAdminResource {

    public record ScanView(long id, String kind, String phase, String folder, Instant queuedAt, Instant startedAt,
            Instant finishedAt, int filesSeen, int filesDone, double filesPerSecond, int added, int updated, int moved, int removed,
            int problems, String error) {
        static ScanView of(ScanStatus s) {
            return new ScanView(s.runId(), s.kind().id(), s.phase().id(), s.folder(), s.queuedAt(), s.startedAt(), s.finishedAt(),
                    s.filesSeen(), s.filesDone(), s.filesPerSecond(), s.added(), s.updated(), s.moved(), s.removed(), s.problems(),
                    s.error());
        }
    }

    public record ProblemView(String path, String kind, String message, OffsetDateTime firstSeenAt, OffsetDateTime lastSeenAt) {
        static ProblemView of(LibraryProblem p) {
            return new ProblemView(p.path, p.kind, p.message, p.firstSeenAt, p.lastSeenAt);
        }
    }

    public record FolderView(long id, String path, String name, String status, boolean fromSettings, OffsetDateTime checkedAt) {
        static FolderView of(MusicFolder f) {
            return new FolderView(f.id, f.path, f.name, f.status.name(), !f.addedByAdmin, f.checkedAt);
        }
    }

    public record NewFolder(String path) {
    }

    private final LibraryScanner scanner;
    private final ScanMonitor monitor;
    private final MusicFolders folders;
    private final MusicFolderAdmin admin;

    LibraryAdminResource(LibraryScanner scanner, ScanMonitor monitor, MusicFolders folders, MusicFolderAdmin admin) {
        this.scanner = scanner;
        this.monitor = monitor;
        this.folders = folders;
        this.admin = admin;
    }

    @GET
    @Path("/folders")
    public List<FolderView> folders() {
        return folders.configuredFolders().stream().map(FolderView::of).toList();
    }

    /** Adds a music folder and starts a quick scan that indexes it. */
    @POST
    @Path("/folders")
    public Response addFolder(NewFolder folder) {
        FolderView added = FolderView.of(admin.add(folder == null ? null : folder.path()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** Removes a music folder an admin added (or one no longer in the settings) and its tracks. */
    @DELETE
    @Path("/folders/{id}")
    public Response removeFolder(@PathParam("id") long id) {
        admin.remove(id);
        return Response.noContent().build();
    }

    /** Starts a scan ({@code ?kind=quick|full|rules}); answers with that scan, which may wait behind one that runs. */
    @POST
    @Path("/scans")
    public Response startScan(@QueryParam("kind") String kind) {
        ScanKind scanKind;
        try {
            scanKind = kind == null ? ScanKind.QUICK : ScanKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("A scan is 'quick', 'full' or 'rules', not '" + kind + "'.");
        }
        long id = scanner.start(scanKind);
        return Response.accepted(scan(id)).build();
    }

    @GET
    @Path("/scans/{id}")
    public ScanView scan(@PathParam("id") long id) {
        return monitor.status(id).map(ScanView::of).orElseThrow(() -> ApiException.notFound("No scan with id " + id + "."));
    }

    @GET
    @Path("/scans/latest")
    public ScanView latestScan() {
        return monitor.current().map(ScanView::of).orElseThrow(() -> ApiException.notFound("No scan has run yet."));
    }

    @GET
    @Path("/problems")
    public List<ProblemView> problems() {
        return LibraryProblem.<LibraryProblem>find("order by path").range(0, 9_999).list().stream().map(ProblemView::of).toList();
    }
}
