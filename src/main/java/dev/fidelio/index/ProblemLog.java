package dev.fidelio.index;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.MusicFolder;

/** The scanner's list of files and folders it could not index, each with the reason. */
@ApplicationScoped
public class ProblemLog {

    static final String UNREADABLE_FILE = "unreadable-file";
    static final String UNREADABLE_FOLDER = "unreadable-folder";
    private static final List<String> SCAN_KINDS = List.of(UNREADABLE_FILE, UNREADABLE_FOLDER);

    private final Event<ScanProblem> recorded;

    ProblemLog(Event<ScanProblem> recorded) {
        this.recorded = recorded;
    }

    @Transactional
    public void record(long folderId, String absolutePath, String kind, String message) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LibraryProblem problem = LibraryProblem.<LibraryProblem>find("path = ?1 and kind = ?2", absolutePath, kind)
                .firstResultOptional().orElseGet(() -> {
                    LibraryProblem created = new LibraryProblem();
                    created.folder = MusicFolder.findById(folderId);
                    created.path = absolutePath;
                    created.kind = kind;
                    created.firstSeenAt = now;
                    return created;
                });
        // Bounded: a message quoting an absurd tag or path must not grow the table without limit.
        problem.message = message.length() > 2000 ? message.substring(0, 2000) + "…" : message;
        problem.lastSeenAt = now;
        problem.persist();
        recorded.fire(new ScanProblem(null, folderId, absolutePath, kind, problem.message, problem.firstSeenAt.toInstant(),
                now.toInstant()));
    }

    /** After a scan of a folder: forgets the problems of files and folders that now index cleanly or are gone. */
    @Transactional
    public void resolveAllExcept(long folderId, Collection<String> stillBroken) {
        if (stillBroken.isEmpty()) {
            LibraryProblem.delete("folder.id = ?1 and kind in ?2", folderId, SCAN_KINDS);
        } else {
            LibraryProblem.delete("folder.id = ?1 and kind in ?2 and path not in ?3", folderId,
                    SCAN_KINDS, stillBroken);
        }
    }
}
