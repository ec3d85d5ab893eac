package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.users.User;

@Type("User")
public record UserType(@Id @NonNull String id, @NonNull String username, @NonNull String role, boolean admin, boolean enabled,
        Instant createdAt, @Ignore long userId) {

    static UserType of(User user) {
        return new UserType(user.id.toString(), user.username, user.role.id(), user.isAdmin(), user.enabled,
                user.createdAt == null ? null : user.createdAt.toInstant(), user.id);
    }
}
