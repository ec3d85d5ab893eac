package dev.fidelio.subsonic;

import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.users.ApiKeyService;
import dev.fidelio.users.PasswordCheck;
import dev.fidelio.users.User;

/**
 * Checks the credentials every Subsonic request carries: {@code u} with {@code p} (plain or {@code enc:} hex),
 * {@code u} with {@code t} = md5(password + {@code s}), or OpenSubsonic's {@code apiKey} alone. Failed password and
 * token logins are throttled per user name and address; disabled accounts are refused.
 */
@ApplicationScoped
public class SubsonicAuthenticator {

    /** Implemented here: keys are the account's API keys, made and revoked at /api/me/api-keys. */
    static final OpenSubsonicExtension API_KEY_AUTHENTICATION = OpenSubsonicExtension.of("apiKeyAuthentication", 1);

    /** OpenSubsonic's limit for an API key; anything longer is no key of ours and is not looked up. */
    private static final int MAX_API_KEY_LENGTH = 2048;

    private final PasswordCheck passwords;
    private final ApiKeyService apiKeys;

    SubsonicAuthenticator(PasswordCheck passwords, ApiKeyService apiKeys) {
        this.passwords = passwords;
        this.apiKeys = apiKeys;
    }

    Caller authenticate(Parameters parameters, String address) {
        String apiKey = parameters.first("apiKey");
        String username = parameters.first("u");
        String password = parameters.first("p");
        String token = parameters.first("t");
        String salt = parameters.first("s");
        if (apiKey != null) {
            if (Stream.of(username, password, token, salt).anyMatch(p -> p != null)) {
                throw new SubsonicException(ErrorCode.CONFLICTING_AUTHENTICATION,
                        "Multiple conflicting authentication mechanisms provided: send apiKey alone, without u, p, t or s.");
            }
            return withApiKey(apiKey);
        }
        if (username == null || username.isBlank()) {
            throw new SubsonicException(ErrorCode.MISSING_PARAMETER, "Required parameter 'u' (or 'apiKey') is missing.");
        }
        if (password != null && (token != null || salt != null)) {
            throw new SubsonicException(ErrorCode.CONFLICTING_AUTHENTICATION,
                    "Multiple conflicting authentication mechanisms provided: send p, or t and s, not both.");
        }
        if (token != null || salt != null) {
            if (token == null || salt == null) {
                throw SubsonicException.missing(token == null ? "t" : "s");
            }
            return accepted(passwords.saltedToken(username, token, salt, address), Caller.Scheme.TOKEN);
        }
        if (password == null) {
            throw new SubsonicException(ErrorCode.MISSING_PARAMETER, "Required parameter 'p', or 't' and 's', is missing.");
        }
        String plain;
        try {
            plain = EncodedPassword.decode(password);
        } catch (IllegalArgumentException e) {
            throw new SubsonicException(ErrorCode.WRONG_CREDENTIALS, "The password p " + e.getMessage());
        }
        return accepted(passwords.password(username, plain, address), Caller.Scheme.PASSWORD);
    }

    private Caller withApiKey(String apiKey) {
        User user = apiKey.length() > MAX_API_KEY_LENGTH ? null : apiKeys.userOf(apiKey).orElse(null);
        if (user == null) {
            throw new SubsonicException(ErrorCode.INVALID_API_KEY,
                    "Invalid API key: it is unknown, revoked, or its account is disabled.");
        }
        return callerOf(user, Caller.Scheme.API_KEY);
    }

    private static Caller accepted(PasswordCheck.Result result, Caller.Scheme scheme) {
        switch (result.outcome()) {
            case ACCEPTED:
                return callerOf(result.user(), scheme);
            case THROTTLED:
                throw new SubsonicException(ErrorCode.WRONG_CREDENTIALS,
                        "Too many failed logins; try again in " + result.retryAfterSeconds() + " seconds.");
            case NO_PASSWORD_COPY:
                throw new SubsonicException(ErrorCode.TOKEN_AUTHENTICATION_UNAVAILABLE, "Token authentication is not "
                        + "available for this account: the server has no usable copy of its password. Log in with the "
                        + "password (p) instead, which also makes the copy when the server keeps them, or use an API key.");
            default:
                throw new SubsonicException(ErrorCode.WRONG_CREDENTIALS,
                        "Wrong username or password, or the account is disabled.");
        }
    }

    private static Caller callerOf(User user, Caller.Scheme scheme) {
        return new Caller(user.id, user.username, user.isAdmin(), scheme);
    }
}
