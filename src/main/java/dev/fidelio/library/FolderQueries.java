package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The folder tree ({@link Folder}) of the caller's libraries, a level at a time, by name. */
@ApplicationScoped
@Transactional
public class FolderQueries {

    private static final String FROM = "folder f";

    private final EntityManager entityManager;

    FolderQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The subfolders of {@code parentId}, or the root of each library when it is null; {@code libraryIds} narrows the roots. */
    public Page<FolderItem> page(VisibleLibraries visible, UUID parentId, ListFilter filter, Sort sort, PageRequest request) {
        return Keyset.page(entityManager, FolderItem.COLUMNS, FROM, conditions(visible, parentId, filter), sort, FolderQueries::key, 0,
                request, r -> FolderItem.of(r, 0));
    }

    public long count(VisibleLibraries visible, UUID parentId, ListFilter filter) {
        return Keyset.count(entityManager, FROM, conditions(visible, parentId, filter));
    }

    private static List<Condition> conditions(VisibleLibraries visible, UUID parentId, ListFilter filter) {
        List<Condition> c = new ArrayList<>(visible(visible));
        c.add(parentId == null ? Condition.of("f.parent_id IS NULL") : Condition.of("f.parent_id = ?", parentId));
        if (!filter.libraryIds().isEmpty()) {
            c.add(Condition.of("f.music_folder_id = ANY(?)", (Object) filter.libraryIds().toArray(Long[]::new)));
        }
        return c;
    }

    public Map<UUID, FolderItem> byIds(VisibleLibraries visible, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(visible(visible));
        c.add(Condition.of("f.id = ANY(?)", (Object) Rows.uuids(ids)));
        Map<UUID, FolderItem> folders = new HashMap<>();
        new Sql("SELECT " + FolderItem.COLUMNS + " FROM " + FROM).where(c).rows(entityManager).forEach(r -> folders.put(Rows.uuid(r[0]), FolderItem.of(r, 0)));
        return folders;
    }

    /** Each folder's subfolders, by name. */
    public Map<UUID, List<FolderItem>> children(VisibleLibraries visible, Collection<UUID> folderIds) {
        if (folderIds.isEmpty()) {
            return Map.of();
        }
        List<Condition> c = new ArrayList<>(visible(visible));
        c.add(Condition.of("f.parent_id = ANY(?)", (Object) Rows.uuids(folderIds)));
        return Rows.grouped(new Sql("SELECT f.parent_id, " + FolderItem.COLUMNS + " FROM " + FROM).where(c)
                .add(" ORDER BY f.parent_id, lower(f.name), f.id").rows(entityManager), r -> FolderItem.of(r, 1));
    }

    private static List<Condition> visible(VisibleLibraries visible) {
        return visible.all() ? List.of() : List.of(Condition.of("f.music_folder_id = ANY(?)", (Object) visible.folderIdArray()));
    }

    private static Keyset.Key key(SortKey key, long userId, String seed) {
        return switch (key) {
            case NAME, SORT_NAME -> Keyset.Key.of("lower(f.name)", "text");
            case RANDOM -> Keyset.random("f.id", seed);
            case YEAR, ADDED, PLAY_COUNT -> throw Keyset.unsupported("Folders", key);
        };
    }
}
