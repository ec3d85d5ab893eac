package dev.fidelio.subsonic.usermanagement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Every account, by name. */
@ApplicationScoped
public class GetUsers implements SubsonicMethod {

    record Users(List<UserEntry> user) {
    }

    private final UserEntries users;

    GetUsers(UserEntries users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "getUsers";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return Payload.of("users", new Users(users.all()));
    }
}
