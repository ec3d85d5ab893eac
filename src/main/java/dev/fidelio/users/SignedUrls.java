package dev.fidelio.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.fidelio.boot.FidelioConfig;

/**
 * Tokens that let a device which cannot log in fetch one item for a while: {@code <expiry>.<mac>}, the MAC an
 * HMAC-SHA256 over purpose, item and expiry. The key lives in the database, so every node accepts every node's
 * URLs, and a URL for one track opens nothing else.
 */
@ApplicationScoped
public class SignedUrls {

    private static final String KEY_NAME = "url-signing";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final int KEY_BYTES = 32;

    private final EntityManager entityManager;
    private final FidelioConfig config;
    private final Clock clock;
    private volatile byte[] key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    SignedUrls(EntityManager entityManager, FidelioConfig config) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /** A token for {@code purpose} ("stream", "art") of one item, valid for the configured lifetime. */
    public String sign(String purpose, UUID itemId) {
        return sign(purpose, itemId, clock.instant().plus(config.auth().signedUrlLifetime()));
    }

    public String sign(String purpose, UUID itemId, Instant expires) {
        long expiry = expires.getEpochSecond();
        return Long.toString(expiry, 36) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(purpose, itemId, expiry));
    }

    /** Whether {@code token} was made by this server for this purpose and item and has not expired. */
    public boolean verify(String purpose, UUID itemId, String token) {
        if (token == null || token.length() > 64) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(token.substring(0, dot), 36);
        } catch (NumberFormatException e) {
            return false; // not base 36: not ours
        }
        // The whole token is compared, not its decoded MAC: base64 has spare bits, and a token with other spare bits
        // would decode to the same MAC.
        byte[] expected = sign(purpose, itemId, Instant.ofEpochSecond(expiry)).getBytes(StandardCharsets.US_ASCII);
        return expiry > clock.instant().getEpochSecond()
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), expected);
    }

    private byte[] mac(String purpose, UUID itemId, long expiry) {
        byte[] full = macs.get().doFinal((purpose + "\n" + itemId + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(full, MAC_BYTES);
    }

    /** A page of albums signs hundreds of URLs: each thread keeps a keyed Mac (doFinal resets it for the next use). */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = loadOrCreateKey();
            key = current;
        }
        return current;
    }

    /** The first node to need the key makes it; the others, racing, read the one that won. */
    @Transactional
    byte[] loadOrCreateKey() {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        entityManager.createNativeQuery("INSERT INTO server_secret (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING")
                .setParameter(1, KEY_NAME).setParameter(2, fresh).executeUpdate();
        return (byte[]) entityManager.createNativeQuery("SELECT value FROM server_secret WHERE name = ?1")
                .setParameter(1, KEY_NAME).getSingleResult();
    }
}
