package dev.fidelio.library.search;

/** A search the service refuses, with a message fit to show the caller: every adapter answers it as bad input. */
public class InvalidSearchException extends IllegalArgumentException {

    public InvalidSearchException(String message) {
        super(message);
    }
}
