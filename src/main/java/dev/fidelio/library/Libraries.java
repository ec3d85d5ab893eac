package dev.fidelio.library;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The music folders a caller may see, as libraries. */
@ApplicationScoped
@Transactional
public class Libraries {

    private final EntityManager entityManager;

    Libraries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<LibraryItem> visible(VisibleLibraries visible) {
        Sql sql = new Sql("SELECT m.id, m.name, m.path, m.status, (SELECT count(*) FROM track t WHERE t.music_folder_id = m.id) FROM music_folder m");
        if (!visible.all()) {
            sql.add(" WHERE m.id = ANY(?)", (Object) visible.folderIdArray());
        }
        return sql.add(" ORDER BY lower(m.name), m.id").rows(entityManager).stream()
                .map(r -> new LibraryItem(Rows.longValue(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]), Rows.longValue(r[4])))
                .toList();
    }
}
