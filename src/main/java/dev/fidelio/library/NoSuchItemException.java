package dev.fidelio.library;

import java.util.UUID;

/** An id that names no item of the library (any more), or one the caller may not see: the two look the same. */
public class NoSuchItemException extends RuntimeException {

    public NoSuchItemException(ItemKind kind, UUID id) {
        this(kind.name(), id);
    }

    /** For what is not an {@link ItemKind}, such as a playlist. */
    public NoSuchItemException(String kind, UUID id) {
        super("No " + kind + " with id " + id);
    }
}
