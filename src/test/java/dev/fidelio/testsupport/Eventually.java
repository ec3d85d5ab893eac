package dev.fidelio.testsupport;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits in tests for what other threads do; bounded, so that what never happens fails the test instead of hanging it. */
public final class Eventually {

    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Eventually() {
    }

    /** The first value {@code probe} gives, polling until it gives one. */
    public static <T> T value(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + TIMEOUT);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static void until(String what, Supplier<Boolean> condition) {
        value(what, () -> condition.get() ? Optional.of(true) : Optional.empty());
    }
}
