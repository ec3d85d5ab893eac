package dev.fidelio.subsonic.usermanagement;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import dev.fidelio.users.User;

/**
 * Changes an account's password, administrator role or music folders; what is not given stays. As for createUser,
 * {@code email} and the per-feature roles are accepted and not stored.
 */
@ApplicationScoped
public class UpdateUser implements SubsonicMethod {

    private final AccountService accounts;
    private final UserEntries users;
    private final FolderAccess folders;

    UpdateUser(AccountService accounts, UserEntries users, FolderAccess folders) {
        this.accounts = accounts;
        this.users = users;
        this.folders = folders;
    }

    @Override
    public String name() {
        return "updateUser";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    @Transactional
    public Payload handle(SubsonicRequest request) {
        User user = users.require(request.required("username"));
        Optional<String> password = request.password("password");
        Optional<Role> role = request.flag("adminRole").map(admin -> admin ? Role.ADMIN : Role.USER);
        List<Long> folderIds = request.longs(FolderAccess.PARAMETER);
        accounts.update(user.id, null, role.orElse(null), password.orElse(null));
        folders.restrictIfGiven(user.id, folderIds);
        return Payload.EMPTY;
    }
}
