package dev.fidelio.subsonic.usermanagement;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.users.AccountService;

/** Deletes an account with everything it owns; the last enabled administrator cannot go. */
@ApplicationScoped
public class DeleteUser implements SubsonicMethod {

    private final AccountService accounts;
    private final UserEntries users;

    DeleteUser(AccountService accounts, UserEntries users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public String name() {
        return "deleteUser";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        accounts.delete(users.require(request.required("username")).id);
        return Payload.EMPTY;
    }
}
