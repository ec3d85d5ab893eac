package dev.fidelio.subsonic.usermanagement;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.Caller;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.users.AccountService;

/**
 * Sets a password: one's own, or anyone's for an administrator. Subsonic sends no current password, so a user
 * changing their own must have logged in with it (u with p, or t and s): an API key alone, like a session, does not
 * let its holder take over the account.
 */
@ApplicationScoped
public class ChangePassword implements SubsonicMethod {

    private final AccountService accounts;
    private final UserEntries users;

    ChangePassword(AccountService accounts, UserEntries users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public String name() {
        return "changePassword";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        String username = request.required("username");
        String password = request.password("password").orElseThrow(() -> SubsonicException.missing("password"));
        Caller caller = request.caller();
        if (!caller.mayManage(username)) {
            throw SubsonicException.notAuthorized(caller.username() + " may only change their own password.");
        }
        if (!caller.admin() && caller.scheme() == Caller.Scheme.API_KEY) {
            throw SubsonicException.notAuthorized("An API key cannot change its account's password: log in with the "
                    + "password (u with p, or t and s) to change it.");
        }
        accounts.update(users.require(username).id, null, null, password);
        return Payload.EMPTY;
    }
}
