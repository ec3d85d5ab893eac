package dev.fidelio.library;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** What kind of item an id names, whatever the kind. */
@ApplicationScoped
@Transactional
public class Nodes {

    private final EntityManager entityManager;

    Nodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether the item exists is not a question of access: callers still check that the caller may see it. */
    public Optional<NodeKind> kindOf(UUID id) {
        return new Sql("SELECT 'artist' FROM artist WHERE id = ? UNION ALL SELECT 'album' FROM album WHERE id = ? "
                + "UNION ALL SELECT 'track' FROM track WHERE id = ? UNION ALL SELECT 'work' FROM work WHERE id = ? "
                + "UNION ALL SELECT 'folder' FROM folder WHERE id = ? UNION ALL SELECT 'playlist' FROM playlist WHERE id = ? LIMIT 1",
                id, id, id, id, id, id).rows(entityManager).stream().findFirst()
                .map(r -> NodeKind.valueOf(Rows.text(r[0]).toUpperCase(Locale.ROOT)));
    }
}
