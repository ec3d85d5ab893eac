package dev.fidelio.library;

import java.util.UUID;

/** An id that names no item of the library (any more). */
public class NoSuchItemException extends RuntimeException {

    public NoSuchItemException(ItemKind kind, UUID id) {
        super("No " + kind.name() + " with id " + id);
    }
}
