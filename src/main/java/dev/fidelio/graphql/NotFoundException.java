package dev.fidelio.graphql;

/** An id that names nothing the caller can see; unknown and hidden items give the same answer. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super("No " + kind + " with id " + id);
    }
}
