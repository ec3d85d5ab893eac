package dev.fidelio.library;

import java.time.Instant;
import java.util.UUID;

/** A composition; {@code catalogue} is "Op. 95", "BWV 1007", … when known. */
public record WorkItem(UUID id, String title, String catalogue, UUID composerId, String mbWorkId, Instant addedAt) {

    static final String COLUMNS = "w.id AS id, w.title, w.catalogue, w.composer_id, w.mb_work_id, w.created_at";

    static WorkItem of(Object[] r, int i) {
        return new WorkItem(Rows.uuid(r[i]), Rows.text(r[i + 1]), Rows.text(r[i + 2]), Rows.uuid(r[i + 3]), Rows.text(r[i + 4]),
                Rows.instant(r[i + 5]));
    }
}
