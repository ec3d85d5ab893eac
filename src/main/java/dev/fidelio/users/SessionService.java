package dev.fidelio.users;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.web.ApiErrorMapper.TooManyRequests;
import dev.fidelio.web.ApiException;

/** Logging in with a password, and the sessions that result. */
@ApplicationScoped
public class SessionService {

    public record NewSession(String token, OffsetDateTime expiresAt, User user) {
    }

    private final PasswordCheck passwords;
    private final FidelioConfig config;

    SessionService(PasswordCheck passwords, FidelioConfig config) {
        this.passwords = passwords;
        this.config = config;
    }

    @Transactional
    public NewSession login(String username, String password, String address, String client) {
        if (username == null || username.isBlank() || password == null) {
            throw ApiException.badRequest("Give a username and a password.");
        }
        PasswordCheck.Result checked = passwords.password(username, password, address);
        if (checked.outcome() == PasswordCheck.Outcome.THROTTLED) {
            long wait = checked.retryAfterSeconds();
            throw new TooManyRequests("Too many failed logins; try again in " + wait + " seconds.", wait);
        }
        if (checked.outcome() != PasswordCheck.Outcome.ACCEPTED) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "invalid_credentials",
                    "Wrong user name or password, or the account is disabled.");
        }
        UserSession.delete("expiresAt < ?1", now());
        String token = Secrets.newSecret(Secrets.SESSION_PREFIX);
        UserSession session = new UserSession();
        session.tokenHash = Secrets.hash(token);
        session.user = checked.user();
        session.createdAt = now();
        session.expiresAt = session.createdAt.plus(config.auth().sessionLifetime());
        session.client = client == null ? null : client.substring(0, Math.min(client.length(), 200));
        session.persist();
        return new NewSession(token, session.expiresAt, session.user);
    }

    @Transactional
    public void logout(String token) {
        UserSession.delete("tokenHash", (Object) Secrets.hash(token));
    }

    /**
     * The enabled user a live session token belongs to. Asked on every request that carries the token, so one
     * statement and no transaction: it only reads.
     */
    public Optional<User> userOf(String token) {
        return User.getEntityManager().createQuery("SELECT s.user FROM UserSession s WHERE s.tokenHash = ?1 AND s.expiresAt > ?2"
                + " AND s.user.enabled = true", User.class).setParameter(1, Secrets.hash(token)).setParameter(2, now())
                .getResultStream().findFirst();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
