package dev.fidelio.users;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.boot.StartupException;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;

/**
 * Encrypts the copies of passwords that Subsonic's token login needs. AES-256-GCM with a fresh nonce per copy, bound
 * to the account's id (so a copy moved to another row does not open), with a key that never enters the database:
 * {@code FIDELIO_AUTH_PASSWORD_KEY}, or a key file made on the first start in the data folder, readable by its owner
 * only. Turned off ({@code FIDELIO_AUTH_RECOVERABLE_PASSWORDS=false}), it keeps nothing and erases what it kept.
 */
@Startup
@ApplicationScoped
public class PasswordVault {

    static final Path KEY_FILE = Path.of("keys", "password.key");

    private static final Logger LOG = Logger.getLogger(PasswordVault.class);
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** First byte of every copy, so that another scheme can be told apart later. */
    private static final byte FORMAT = 1;

    private final SecretKey key;
    private final EntityManager entityManager;
    private final SecureRandom random = new SecureRandom();
    private final AtomicBoolean warnedAboutKey = new AtomicBoolean();

    @Inject
    PasswordVault(FidelioConfig config, EntityManager entityManager) {
        this(config.auth().recoverablePasswords() ? loadKey(config.auth().passwordKey(), config.dataDir()) : null,
                entityManager);
    }

    PasswordVault(SecretKey key, EntityManager entityManager) {
        this.key = key;
        this.entityManager = entityManager;
    }

    /** Whether copies are kept at all. */
    boolean enabled() {
        return key != null;
    }

    /** The encrypted copy of {@code password} for account {@code userId}, or null when copies are not kept. */
    byte[] seal(long userId, String password) {
        if (key == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, userId, nonce);
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The password in {@code sealed}; empty when there is no copy or it does not open with this key and account. */
    Optional<String> open(long userId, byte[] sealed) {
        if (key == null || sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, userId, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            if (warnedAboutKey.compareAndSet(false, true)) {
                LOG.warn("A stored password copy does not open with the current key (FIDELIO_AUTH_PASSWORD_KEY or "
                        + KEY_FILE + " in the data folder changed?). Its account cannot use Subsonic token logins until it "
                        + "logs in with its password once or the password is set again.");
            }
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** With copies turned off, none made earlier stays behind. */
    @Transactional
    void eraseCopiesWhenOff(@Observes StartupEvent event) {
        if (key == null) {
            int erased = entityManager.createNativeQuery(
                    "UPDATE app_user SET password_encrypted = NULL WHERE password_encrypted IS NOT NULL").executeUpdate();
            if (erased > 0) {
                LOG.infof("Erased the stored password copies of %d accounts (FIDELIO_AUTH_RECOVERABLE_PASSWORDS=false).", erased);
            }
        }
    }

    private Cipher cipher(int mode, long userId, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("fidelio password of account " + userId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** The configured key, else the one in the data folder, made there if there is none yet. */
    static SecretKey loadKey(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            return decode(configured.get(), "FIDELIO_AUTH_PASSWORD_KEY");
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                createKeyFile(file);
                LOG.infof("Made the key that encrypts stored passwords: %s (back it up with the database).", file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new StartupException("The password key " + file + " cannot be read or made: " + e.getMessage());
        }
    }

    /** Written under another name and moved into place, so that a crash never leaves a half-written key behind. */
    private static void createKeyFile(Path file) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path partial = Files.createTempFile(dir, "password", ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        Files.writeString(partial, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file);
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != KEY_BYTES) {
            throw new StartupException("The password key in " + source + " must be " + KEY_BYTES
                    + " random bytes in base64 (44 characters).");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
