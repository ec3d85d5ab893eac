package dev.fidelio.graphql;

import jakarta.enterprise.context.RequestScoped;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.users.BearerIdentityProvider;
import dev.fidelio.users.Role;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, and which libraries they see: looked up once per request, whatever the query touches. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final LibraryAccess access;
    private VisibleLibraries visible;

    Caller(SecurityIdentity identity, LibraryAccess access) {
        this.identity = identity;
        this.access = access;
    }

    public long userId() {
        Long id = identity.isAnonymous() ? null : identity.<Long>getAttribute(BearerIdentityProvider.USER_ID);
        if (id == null) {
            throw new UnauthorizedException("Log in first");
        }
        return id;
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN.id());
    }

    /** Refuses anyone but an administrator; {@code reason} says what is theirs alone. */
    public void requireAdmin(String reason) {
        userId();
        if (!isAdmin()) {
            throw new ForbiddenException("Forbidden: " + reason);
        }
    }

    public VisibleLibraries visible() {
        if (visible == null) {
            visible = access.of(userId());
        }
        return visible;
    }
}
