package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ScanStatus")
@Description("A scan as it is now: waiting (phase queued), running, or ended (finished, failed or cancelled)")
public record ScanStatus(@Id @NonNull String id, @Description("quick, full or rules") @NonNull String kind,
        @Description("queued, starting, listing, reading, applying-rules, cleaning-up, finished, failed or cancelled") @NonNull String phase,
        @Description("Started and not yet ended") boolean running,
        @Description("The music folder it works in now; null between folders and once it has ended") String folder,
        Instant queuedAt, Instant startedAt, Instant finishedAt, int filesSeen, int filesDone, double filesPerSecond, int added,
        int updated, int moved, int removed, int problems, String error) {

    static ScanStatus of(dev.fidelio.index.ScanStatus s) {
        return new ScanStatus(Long.toString(s.runId()), s.kind().id(), s.phase().id(), s.running(), s.folder(), s.queuedAt(),
                s.startedAt(), s.finishedAt(), s.filesSeen(), s.filesDone(), s.filesPerSecond(), s.added(), s.updated(), s.moved(),
                s.removed(), s.problems(), s.error());
    }
}
