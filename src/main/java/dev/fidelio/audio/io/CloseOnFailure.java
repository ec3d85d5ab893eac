package dev.fidelio.audio.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Hands a file just opened to whatever is built on it (a decoder parsing its header), closing the file if that fails,
 * so a refused or damaged file leaves no handle open.
 */
public final class CloseOnFailure {

    /** Builds something that takes ownership of a resource. */
    @FunctionalInterface
    public interface Builder<R, T> {
        T build(R resource) throws IOException;
    }

    private CloseOnFailure() {
    }

    /** {@code builder}'s result, which now owns {@code resource}; or its exception, {@code resource} closed. */
    public static <R extends Closeable, T> T apply(R resource, Builder<R, T> builder) throws IOException {
        try {
            return builder.build(resource);
        } catch (IOException | RuntimeException e) {
            resource.close();
            throw e;
        }
    }
}
