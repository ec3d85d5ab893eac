package dev.fidelio.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Checks a user name with a password, or with Subsonic's salted token (md5(password + salt)), and throttles failures
 * per user name and address. A password is compared with the account's encrypted copy when it has one (cheap enough
 * for Subsonic apps that send it with every request); otherwise with its bcrypt hash, and the copy is made then, so
 * an account whose password predates the copies gets token logins back at its next password login.
 */
@ApplicationScoped
public class PasswordCheck {

    public enum Outcome {
        ACCEPTED,
        /** Unknown name, wrong password or token, or a disabled account: one answer, so accounts cannot be probed. */
        REFUSED,
        THROTTLED,
        /** A token cannot be checked: the account has no password copy, or copies are turned off. */
        NO_PASSWORD_COPY
    }

    /** The account when {@link Outcome#ACCEPTED}; the seconds to wait when {@link Outcome#THROTTLED}. */
    public record Result(Outcome outcome, User user, long retryAfterSeconds) {

        static Result of(Outcome outcome) {
            return new Result(outcome, null, 0);
        }
    }

    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final PasswordVault vault;
    private final LoginThrottle throttle;

    PasswordCheck(AccountService accounts, PasswordHasher hasher, PasswordVault vault, LoginThrottle throttle) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.vault = vault;
        this.throttle = throttle;
    }

    @Transactional
    public Result password(String username, String password, String address) {
        Optional<Result> early = refusedUnchecked(username, address);
        if (early.isPresent()) {
            return early.get();
        }
        Optional<User> found = accounts.findByName(username);
        // No password can be longer (see PasswordHasher), and a huge one would only cost work to refuse.
        boolean possible = password.getBytes(StandardCharsets.UTF_8).length <= PasswordHasher.MAXIMUM_BYTES;
        boolean valid = possible && (found.isPresent() ? matches(found.get(), password) : spendTimeAndFail(password));
        return settle(username, address, found, valid);
    }

    /** Subsonic's token login: {@code token} is the lower-case hex MD5 of the password followed by {@code salt}. */
    @Transactional
    public Result saltedToken(String username, String token, String salt, String address) {
        if (!vault.enabled()) {
            return Result.of(Outcome.NO_PASSWORD_COPY);
        }
        Optional<Result> early = refusedUnchecked(username, address);
        if (early.isPresent()) {
            return early.get();
        }
        Optional<User> found = accounts.findByName(username);
        boolean valid = false;
        if (found.isPresent()) {
            Optional<String> password = vault.open(found.get().id, found.get().passwordEncrypted);
            if (password.isEmpty()) {
                return Result.of(Outcome.NO_PASSWORD_COPY);
            }
            byte[] expected = md5Hex(password.get() + salt);
            valid = MessageDigest.isEqual(expected, token.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
        return settle(username, address, found, valid);
    }

    /**
     * The answer to an attempt refused before any check: while its name and address are throttled, or when no account
     * can have the name. That one is not counted, or the throttle would keep whatever an attacker sends, however long.
     */
    private Optional<Result> refusedUnchecked(String username, String address) {
        if (username.length() > AccountService.MAX_NAME_LENGTH) {
            return Optional.of(Result.of(Outcome.REFUSED));
        }
        long wait = throttle.secondsUntilAllowed(username, address);
        return wait > 0 ? Optional.of(new Result(Outcome.THROTTLED, null, wait)) : Optional.empty();
    }

    private Result settle(String username, String address, Optional<User> found, boolean valid) {
        if (!valid || !found.get().enabled) {
            throttle.failed(username, address);
            return Result.of(Outcome.REFUSED);
        }
        throttle.succeeded(username, address);
        return new Result(Outcome.ACCEPTED, found.get(), 0);
    }

    private boolean matches(User user, String password) {
        Optional<String> copy = vault.open(user.id, user.passwordEncrypted);
        if (copy.isPresent()) {
            return MessageDigest.isEqual(copy.get().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
        }
        boolean valid = hasher.matches(password, user.passwordHash);
        if (valid) {
            user.passwordEncrypted = vault.seal(user.id, password);
        }
        return valid;
    }

    /**
     * An unknown name should take as long as a known one. With copies kept, a known name is checked against its copy,
     * which is quick, so nothing needs spending; without them, a known name costs a bcrypt check, and so does this.
     */
    private boolean spendTimeAndFail(String password) {
        if (!vault.enabled()) {
            hasher.spendTime(password);
        }
        return false;
    }

    private static byte[] md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
