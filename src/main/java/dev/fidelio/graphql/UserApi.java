package dev.fidelio.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;

/** Accounts and the libraries each may see, managed by administrators. */
@GraphQLApi
public class UserApi {

    private static final String ADMINS_ONLY = "managing accounts is for administrators";

    private final Caller caller;
    private final AccountService accounts;
    private final LibraryAccess access;

    UserApi(Caller caller, AccountService accounts, LibraryAccess access) {
        this.caller = caller;
        this.accounts = accounts;
        this.access = access;
    }

    @Query
    @Description("The caller's account")
    public @NonNull UserType me() {
        return UserType.of(accounts.get(caller.userId()));
    }

    @Query
    @Description("Every account, by name (administrators only)")
    public @NonNull List<@NonNull UserType> users() {
        caller.requireAdmin(ADMINS_ONLY);
        return accounts.list().stream().map(UserType::of).toList();
    }

    @Description("The libraries the account may see; null when it sees every library, including ones added later")
    @Id public List<List<@NonNull String>> libraries(@Source List<UserType> users) {
        Map<Long, VisibleLibraries> visible = access.of(users.stream().map(UserType::userId).toList());
        return users.stream().map(u -> {
            VisibleLibraries libraries = visible.getOrDefault(u.userId(), VisibleLibraries.only(Set.of()));
            return libraries.all() ? null : libraries.folderIds().stream().sorted().map(String::valueOf).toList();
        }).toList();
    }

    @Mutation
    @Description("""
            A new account (administrators only): a name of 1 to 64 characters, unique whatever its case, a password of \
            at least 8 characters, the role admin or user. It sees every library until setLibraryAccess limits it.""")
    public @NonNull UserType createUser(@NonNull String username, @NonNull String password, @DefaultValue("user") String role) {
        caller.requireAdmin(ADMINS_ONLY);
        return UserType.of(accounts.create(username, password, Role.fromId(role)));
    }

    @Mutation
    @Description("""
            Enables or disables an account, changes its role or sets its password (administrators only); what is left \
            out stays. Disabling it or setting its password ends its sessions. The last enabled administrator stays one.""")
    public @NonNull UserType updateUser(@NonNull @Id String id, Boolean enabled, String role, String password) {
        caller.requireAdmin(ADMINS_ONLY);
        return UserType.of(accounts.update(Ids.number(id, "user"), enabled, role == null ? null : Role.fromId(role), password));
    }

    @Mutation
    @Description("Deletes an account with its sessions, API keys, playlists and listening data (administrators only); answers with its id")
    public @NonNull @Id String deleteUser(@NonNull @Id String id) {
        caller.requireAdmin(ADMINS_ONLY);
        long userId = Ids.number(id, "user");
        accounts.delete(userId);
        return Long.toString(userId);
    }

    @Mutation
    @Description("""
            Limits an account to these libraries, or with libraries left out lets it see every library, including \
            ones added later (administrators only). Administrators always see everything.""")
    public @NonNull UserType setLibraryAccess(@NonNull @Id String userId, @Id List<String> libraries) {
        caller.requireAdmin(ADMINS_ONLY);
        long user = accounts.get(Ids.number(userId, "user")).id;
        if (libraries == null) {
            access.allowAll(user);
        } else {
            access.restrict(user, Ids.libraryIds(libraries));
        }
        return UserType.of(accounts.get(user));
    }
}
