package dev.fidelio.users;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import dev.fidelio.web.ApiException;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** Logging in and out of the web player and API clients. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record LoginRequest(String username, String password) {
    }

    public record LoginResponse(String token, OffsetDateTime expiresAt, UserView user) {
    }

    private final SessionService sessions;

    AuthResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Path("/login")
    @PermitAll
    public Response login(LoginRequest login, @Context HttpServerRequest request) {
        if (login == null) {
            throw ApiException.badRequest("Send {\"username\": ..., \"password\": ...} as JSON.");
        }
        SessionService.NewSession session = sessions.login(login.username(), login.password(),
                request.remoteAddress().hostAddress(), request.getHeader(HttpHeaders.USER_AGENT));
        long maxAge = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), session.expiresAt()).toSeconds();
        NewCookie cookie = new NewCookie.Builder(BearerAuthMechanism.SESSION_COOKIE)
                .value(session.token())
                .path("/")
                .maxAge((int) maxAge)
                .httpOnly(true)
                .secure(request.isSSL())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.ok(new LoginResponse(session.token(), session.expiresAt(), UserView.of(session.user())))
                .cookie(cookie)
                .build();
    }

    @POST
    @Path("/logout")
    @Authenticated
    public Response logout(@Context RoutingContext context) {
        String token = BearerAuthMechanism.credential(context);
        if (token != null && token.startsWith(Secrets.SESSION_PREFIX)) {
            sessions.logout(token);
        }
        NewCookie expired = new NewCookie.Builder(BearerAuthMechanism.SESSION_COOKIE).value("").path("/").maxAge(0).build();
        return Response.noContent().cookie(expired).build();
    }
}
