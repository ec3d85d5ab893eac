package dev.fidelio.users;

import java.time.OffsetDateTime;

/** An account as the API shows it: never its password hash. */
public record UserView(long id, String username, String role, boolean enabled, OffsetDateTime createdAt) {

    static UserView of(User user) {
        return new UserView(user.id, user.username, user.role.id(), user.enabled, user.createdAt);
    }
}
