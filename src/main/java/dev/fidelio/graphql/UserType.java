package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("User")
public record UserType(@Id @NonNull String id, @NonNull String username, @NonNull String role, boolean admin) {
}
