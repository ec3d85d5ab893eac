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

    /**
     * For each folder, the album whose cover art stands for it: one with art and visible tracks in the folder or in a
     * subfolder of it (an album's disc folders, an artist's album folders). Folders without one are absent.
     */
    public Map<UUID, UUID> albumCovers(VisibleLibraries visible, Collection<UUID> folderIds) {
        if (folderIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> covers = new HashMap<>();
        new Sql("SELECT f.id, (SELECT t.album_id FROM track t JOIN album a ON a.id = t.album_id "
                + "WHERE (t.folder_id = f.id OR t.folder_id IN (SELECT s.id FROM folder s WHERE s.parent_id = f.id)) "
                + "AND (a.cover_path IS NOT NULL OR a.cover_track_id IS NOT NULL) AND ").add(TrackFilters.visibleOnly(visible))
                .add(" ORDER BY t.relative_path LIMIT 1) FROM folder f WHERE f.id = ANY(?)", (Object) Rows.uuids(folderIds))
                .rows(entityManager).stream().filter(r -> r[1] != null).forEach(r -> covers.put(Rows.uuid(r[0]), Rows.uuid(r[1])));
        return covers;
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
