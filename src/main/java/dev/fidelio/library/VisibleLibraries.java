package dev.fidelio.library;

import java.util.Set;

/**
 * The music folders one account may see: all of them, or the listed ones. Every adapter filters what it shows
 * through this, so a restricted user never learns of a track, album, artist or work outside their libraries.
 */
public record VisibleLibraries(boolean all, Set<Long> folderIds) {

    public static final VisibleLibraries ALL = new VisibleLibraries(true, Set.of());

    public VisibleLibraries {
        folderIds = Set.copyOf(folderIds);
    }

    public static VisibleLibraries only(Set<Long> folderIds) {
        return new VisibleLibraries(false, folderIds);
    }

    public boolean allows(long musicFolderId) {
        return all || folderIds.contains(musicFolderId);
    }

    /** The ids for a {@code music_folder_id = ANY(?)} filter; only meaningful when not {@link #all}. */
    public Long[] folderIdArray() {
        return folderIds.toArray(Long[]::new);
    }
}
