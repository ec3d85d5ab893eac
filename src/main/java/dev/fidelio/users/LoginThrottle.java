package dev.fidelio.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fidelio.boot.FidelioConfig;

/**
 * Slows down password guessing: after a number of failed logins for one user name from one address, further
 * attempts are refused until the lockout has passed. Kept in memory: losing it on restart only resets the count.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Bounds the memory an attacker can make us use by trying endless user names. */
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    @Inject
    LoginThrottle(FidelioConfig config) {
        this(config.auth().maxFailedLogins(), config.auth().lockout(), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
    public long secondsUntilAllowed(String username, String address) {
        Failures f = failures.get(key(username, address));
        if (f == null || f.lockedUntil == null) {
            return 0;
        }
        long seconds = Duration.between(clock.instant(), f.lockedUntil).toSeconds();
        return Math.max(0, seconds + 1);
    }

    public void failed(String username, String address) {
        if (failures.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.lockedUntil == null || f.lockedUntil.isBefore(now));
        }
        failures.compute(key(username, address), (k, f) -> {
            int count = (f == null || expired(f)) ? 1 : f.count + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }

    public void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private boolean expired(Failures f) {
        return f.lockedUntil != null && f.lockedUntil.isBefore(clock.instant());
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + '\n' + address;
    }
}
