package dev.fidelio.library;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Finding a track's lyrics by what a listener knows of the song: its title and, if given, one of its artists. */
@ApplicationScoped
public class LyricsQueries {

    private final EntityManager entityManager;

    LyricsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A track the caller may see that has lyrics, whose title is {@code title} and, when {@code artist} is given,
     * credits that artist; compared as search compares words (case and diacritics aside). The first by id when
     * several match, so the answer is the same every time.
     */
    @Transactional
    public Optional<UUID> find(VisibleLibraries visible, String artist, String title) {
        Sql sql = new Sql("SELECT t.id FROM track t WHERE t.lyrics IS NOT NULL AND search_fold(t.title) = search_fold(?) AND ", title)
                .add(TrackFilters.visibleOnly(visible));
        if (artist != null) {
            sql.add(" AND EXISTS (SELECT 1 FROM track_credit c JOIN artist a ON a.id = c.artist_id WHERE c.track_id = t.id "
                    + "AND search_fold(a.name) = search_fold(?))", artist);
        }
        return sql.add(" ORDER BY t.id LIMIT 1").rows(entityManager).stream().findFirst().map(r -> Rows.uuid(r[0]));
    }
}
