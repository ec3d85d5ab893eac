package dev.fidelio.library;

/** The item exists and the caller may see it, but not change it: someone else's playlist, for one. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
