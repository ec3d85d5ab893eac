package dev.fidelio.users;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Finds the caller's credential: a session token or API key as {@code Authorization: Bearer}, an API key as
 * {@code X-API-Key}, or the web player's session cookie. Not under {@code /rest/}: Subsonic apps log in with request
 * parameters, checked by the Subsonic adapter, which answers every request in Subsonic's own format; a stale cookie
 * must not turn that into a bare 401, and a browser's cookie must not log in a cross-site Subsonic request. A token
 * sent in a header that does not log in is refused (401); a stale cookie is ignored.
 */
@ApplicationScoped
public class BearerAuthMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "fidelio_session";
    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final String SUBSONIC_PATH = "/rest/";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (context.normalizedPath().startsWith(SUBSONIC_PATH)) {
            return Uni.createFrom().optional(Optional.empty());
        }
        String header = headerCredential(context);
        if (header != null) {
            return identityProviderManager.authenticate(request(header));
        }
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        if (cookie == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        // A cookie whose session has ended (expired, logged out elsewhere) counts as none: the browser keeps sending it,
        // and the web player's page and its login must still answer instead of refusing every request.
        return identityProviderManager.authenticate(request(cookie.getValue()))
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    private static TokenAuthenticationRequest request(String token) {
        return new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
    }

    static String credential(RoutingContext context) {
        String header = headerCredential(context);
        if (header != null) {
            return header;
        }
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static String headerCredential(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).trim();
        }
        String apiKey = context.request().getHeader(API_KEY_HEADER);
        return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"fidelio\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
