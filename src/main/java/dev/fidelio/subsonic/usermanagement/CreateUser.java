package dev.fidelio.subsonic.usermanagement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import dev.fidelio.users.User;

/**
 * Makes an account: {@code adminRole} makes an administrator, {@code musicFolderId}s limit what it sees. Fidelio keeps
 * no e-mail address and has no per-feature roles, so {@code email} and the other roles are accepted and not stored.
 */
@ApplicationScoped
public class CreateUser implements SubsonicMethod {

    private final AccountService accounts;
    private final FolderAccess folders;

    CreateUser(AccountService accounts, FolderAccess folders) {
        this.accounts = accounts;
        this.folders = folders;
    }

    @Override
    public String name() {
        return "createUser";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    /** One transaction: an account whose folders are refused is not left behind unrestricted. */
    @Override
    @Transactional
    public Payload handle(SubsonicRequest request) {
        String username = request.required("username");
        String password = request.password("password").orElseThrow(() -> SubsonicException.missing("password"));
        Role role = request.flag("adminRole").orElse(false) ? Role.ADMIN : Role.USER;
        List<Long> folderIds = request.longs(FolderAccess.PARAMETER);
        User user = accounts.create(username, password, role);
        folders.restrictIfGiven(user.id, folderIds);
        return Payload.EMPTY;
    }
}
