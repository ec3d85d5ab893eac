package dev.fidelio.library;

import java.util.UUID;

/** A directory of the folder tree; {@code name} of a music folder's root is the music folder's name. */
public record FolderItem(UUID id, long libraryId, String relativePath, UUID parentId, String name) {

    static final String COLUMNS = "f.id AS id, f.music_folder_id, f.relative_path, f.parent_id, "
            + "CASE WHEN f.relative_path = '' THEN (SELECT m.name FROM music_folder m WHERE m.id = f.music_folder_id) ELSE f.name END AS name";

    static FolderItem of(Object[] r, int i) {
        return new FolderItem(Rows.uuid(r[i]), Rows.longValue(r[i + 1]), Rows.text(r[i + 2]), Rows.uuid(r[i + 3]), Rows.text(r[i + 4]));
    }
}
