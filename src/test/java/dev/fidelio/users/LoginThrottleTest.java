package dev.fidelio.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), clock);

    @Test
    void locksOutAfterTheLimitUntilTheLockoutPasses() {
        throttle.failed("Ann", "10.0.0.1");
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.secondsUntilAllowed("ann", "10.0.0.1")).isZero();
        throttle.failed("ANN", "10.0.0.1");
        assertThat(throttle.secondsUntilAllowed("ann", "10.0.0.1")).isBetween(299L, 301L);

        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(throttle.secondsUntilAllowed("ann", "10.0.0.1")).isZero();
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.secondsUntilAllowed("ann", "10.0.0.1")).as("the count starts over after a lockout").isZero();
    }

    @Test
    void otherAddressesAndUsersAreNotLockedOut() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("bob", "10.0.0.2");
        }
        assertThat(throttle.secondsUntilAllowed("bob", "10.0.0.2")).isPositive();
        assertThat(throttle.secondsUntilAllowed("bob", "10.0.0.3")).isZero();
        assertThat(throttle.secondsUntilAllowed("carl", "10.0.0.2")).isZero();
    }

    @Test
    void successClearsTheCount() {
        throttle.failed("dora", "10.0.0.4");
        throttle.failed("dora", "10.0.0.4");
        throttle.succeeded("dora", "10.0.0.4");
        throttle.failed("dora", "10.0.0.4");
        assertThat(throttle.secondsUntilAllowed("dora", "10.0.0.4")).isZero();
    }
}
