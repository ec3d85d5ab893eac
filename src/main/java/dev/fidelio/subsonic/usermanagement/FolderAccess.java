package dev.fidelio.subsonic.usermanagement;

import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.subsonic.SubsonicException;

/** createUser's and updateUser's {@code musicFolderId}s: the only music folders the account may see, when given. */
@ApplicationScoped
class FolderAccess {

    static final String PARAMETER = "musicFolderId";

    private final LibraryAccess access;

    FolderAccess(LibraryAccess access) {
        this.access = access;
    }

    /** Limits the account to {@code folderIds}; none given leaves its access as it is. */
    void restrictIfGiven(long userId, List<Long> folderIds) {
        if (folderIds.isEmpty()) {
            return;
        }
        try {
            access.restrict(userId, new HashSet<>(folderIds));
        } catch (IllegalArgumentException e) {
            throw SubsonicException.notFound("Unknown music folder among " + PARAMETER + " " + folderIds + ".");
        }
    }
}
