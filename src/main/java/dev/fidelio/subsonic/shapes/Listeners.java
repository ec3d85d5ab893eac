package dev.fidelio.subsonic.shapes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;

/** The {@link Listener} of a request: its caller, and the libraries they may see narrowed to its {@code musicFolderId}s. */
@ApplicationScoped
public class Listeners {

    public static final String MUSIC_FOLDER_ID = "musicFolderId";

    private final LibraryAccess access;

    Listeners(LibraryAccess access) {
        this.access = access;
    }

    /**
     * A music folder the caller may not see is refused as unknown, so its existence is not given away. An empty
     * {@code musicFolderId}, as some apps send when none is chosen, names none.
     */
    @Transactional
    public Listener of(SubsonicRequest request) {
        long userId = request.caller().userId();
        VisibleLibraries visible = access.of(userId);
        boolean none = request.all(MUSIC_FOLDER_ID).stream().allMatch(String::isBlank);
        List<Long> asked = none ? List.of() : request.longs(MUSIC_FOLDER_ID);
        if (asked.isEmpty()) {
            return new Listener(userId, visible);
        }
        Set<Long> folders = new HashSet<>(asked);
        for (long id : folders) {
            if (!visible.allows(id) || MusicFolder.findById(id) == null) {
                throw SubsonicException.notFound("No music folder " + id + ": getMusicFolders lists those you may see.");
            }
        }
        return new Listener(userId, VisibleLibraries.only(folders));
    }
}
