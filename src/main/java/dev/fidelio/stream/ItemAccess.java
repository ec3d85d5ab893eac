package dev.fidelio.stream;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.users.BearerIdentityProvider;
import dev.fidelio.users.SignedUrls;
import dev.fidelio.web.ApiException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may fetch one item by its id: a logged-in caller, or anyone holding a URL signed for that item and purpose
 * (renderers, the browser's audio and image elements cannot log in). A signed URL opens its item whatever library it
 * is in: whoever signed it could see it.
 */
@ApplicationScoped
class ItemAccess {

    private final SecurityIdentity identity;
    private final SignedUrls signedUrls;
    private final LibraryAccess libraries;

    ItemAccess(SecurityIdentity identity, SignedUrls signedUrls, LibraryAccess libraries) {
        this.identity = identity;
        this.signedUrls = signedUrls;
        this.libraries = libraries;
    }

    /**
     * The id, once the caller has shown they may have it; {@code what} names the kinds of item in messages. Ids
     * that are not UUIDs look the same as ids of nothing.
     */
    UUID require(String purpose, String what, String id, String token) {
        UUID itemId;
        try {
            itemId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            itemId = null;
        }
        if (identity.isAnonymous() && (itemId == null || !signedUrls.verify(purpose, itemId, token))) {
            throw new ApiException(Response.Status.UNAUTHORIZED, "unauthorized", token == null
                    ? "Log in, or use a signed URL for this " + what
                    : "This signed URL is not valid for this " + what + ", or it has expired");
        }
        if (itemId == null) {
            throw ApiException.notFound("No " + what + " with id " + id);
        }
        return itemId;
    }

    /** The libraries the caller may see; after {@link #require}, a caller without a login holds a signed URL. */
    VisibleLibraries visibleLibraries() {
        if (identity.isAnonymous()) {
            return VisibleLibraries.ALL;
        }
        return listener().map(libraries::of).orElse(VisibleLibraries.only(Set.of()));
    }

    /** The logged-in caller's user id; none for a signed URL, which names nobody. */
    Optional<Long> listener() {
        return identity.isAnonymous() ? Optional.empty() : Optional.ofNullable(identity.getAttribute(BearerIdentityProvider.USER_ID));
    }
}
