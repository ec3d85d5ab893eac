package dev.fidelio.users;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.web.ApiException;

/** API keys: long-lived secrets for scripts and apps, shown once, revocable. */
@ApplicationScoped
public class ApiKeyService {

    public record NewKey(ApiKey key, String secret) {
    }

    private static final int MAX_KEYS_PER_USER = 100;

    @Transactional
    public NewKey create(long userId, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw ApiException.badRequest("An API key needs a name of 1 to 100 characters.");
        }
        if (ApiKey.count("user.id", userId) >= MAX_KEYS_PER_USER) {
            throw ApiException.conflict("An account can hold at most " + MAX_KEYS_PER_USER + " API keys; revoke some first.");
        }
        String secret = Secrets.newSecret(Secrets.API_KEY_PREFIX);
        ApiKey key = new ApiKey();
        key.user = User.findById(userId);
        key.name = label;
        key.keyHash = Secrets.hash(secret);
        key.keyPrefix = secret.substring(0, Secrets.API_KEY_PREFIX.length() + 6);
        key.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        key.persist();
        return new NewKey(key, secret);
    }

    public List<ApiKey> list(long userId) {
        return ApiKey.list("user.id = ?1 order by createdAt", userId);
    }

    @Transactional
    public void revoke(long userId, long keyId) {
        if (ApiKey.delete("id = ?1 and user.id = ?2", keyId, userId) == 0) {
            throw ApiException.notFound("You have no API key with id " + keyId + ".");
        }
    }

    /** The enabled user an API key belongs to; marks the key as used. */
    @Transactional
    public Optional<User> userOf(String secret) {
        Optional<ApiKey> key = ApiKey.find("keyHash", (Object) Secrets.hash(secret)).firstResultOptional();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // Recorded to the minute: enough to tell stale keys, without a write on every request.
        key.filter(k -> k.lastUsedAt == null || k.lastUsedAt.isBefore(now.minusMinutes(1)))
                .ifPresent(k -> k.lastUsedAt = now);
        return key.map(k -> k.user).filter(u -> u.enabled);
    }
}
