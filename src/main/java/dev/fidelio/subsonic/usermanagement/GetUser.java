package dev.fidelio.subsonic.usermanagement;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** One account, with its roles and music folders: the caller's own, or any for an administrator. */
@ApplicationScoped
public class GetUser implements SubsonicMethod {

    private final UserEntries users;

    GetUser(UserEntries users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "getUser";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        String username = request.required("username");
        if (!request.caller().mayManage(username)) {
            throw SubsonicException.notAuthorized(request.caller().username() + " may only look up their own account.");
        }
        return Payload.of("user", users.of(users.require(username)));
    }
}
