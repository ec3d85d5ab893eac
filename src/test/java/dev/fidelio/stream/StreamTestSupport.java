package dev.fidelio.stream;

import java.time.Duration;

import dev.fidelio.index.LibraryScanner;

/** Waits until the start-up scan has indexed the sample library, bounded so a stuck scan fails the test. */
final class StreamTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private StreamTestSupport() {
    }

    static void awaitLibrary(LibraryScanner scanner) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (scanner.current().isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The library scan did not finish within " + TIMEOUT);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
