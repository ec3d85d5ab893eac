package dev.fidelio.users;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a session token or API key into the identity of its (enabled) owner. */
@ApplicationScoped
public class BearerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Identity attribute holding the database id of the user. */
    public static final String USER_ID = "fidelio.user-id";

    private final SessionService sessions;
    private final ApiKeyService apiKeys;

    BearerIdentityProvider(SessionService sessions, ApiKeyService apiKeys) {
        this.sessions = sessions;
        this.apiKeys = apiKeys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        return context.runBlocking(() -> identify(token)
                .map(BearerIdentityProvider::identityOf)
                .orElseThrow(AuthenticationFailedException::new));
    }

    @ActivateRequestContext
    Optional<User> identify(String token) {
        if (token.startsWith(Secrets.SESSION_PREFIX)) {
            return sessions.userOf(token);
        }
        if (token.startsWith(Secrets.API_KEY_PREFIX)) {
            return apiKeys.userOf(token);
        }
        return Optional.empty();
    }

    private static SecurityIdentity identityOf(User user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(Role.USER.id())
                .addAttribute(USER_ID, user.id);
        if (user.isAdmin()) {
            identity.addRole(Role.ADMIN.id());
        }
        return identity.build();
    }
}
