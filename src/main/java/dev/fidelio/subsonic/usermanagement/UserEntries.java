package dev.fidelio.subsonic.usermanagement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.User;

/** Accounts as {@link UserEntry}s, with the music folders each may see. */
@ApplicationScoped
class UserEntries {

    private final AccountService accounts;
    private final LibraryAccess access;

    UserEntries(AccountService accounts, LibraryAccess access) {
        this.accounts = accounts;
        this.access = access;
    }

    /** The account called {@code username}; Subsonic's error 70 when there is none. */
    User require(String username) {
        return accounts.findByName(username).orElseThrow(
                () -> SubsonicException.notFound("No user named '" + SubsonicRequest.shortened(username) + "'."));
    }

    UserEntry of(User user) {
        return of(user, folderIds());
    }

    List<UserEntry> all() {
        List<Long> folders = folderIds();
        return accounts.list().stream().map(user -> of(user, folders)).toList();
    }

    private UserEntry of(User user, List<Long> folderIds) {
        VisibleLibraries visible = access.of(user.id);
        return UserEntry.of(user.username, user.isAdmin(), folderIds.stream().filter(visible::allows).toList());
    }

    private static List<Long> folderIds() {
        return MusicFolder.<MusicFolder>list("order by id").stream().map(folder -> folder.id).toList();
    }
}
