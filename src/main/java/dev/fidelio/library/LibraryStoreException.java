package dev.fidelio.library;

/** The database refused what the indexer tried to store; the scan records it and goes on with the next batch. */
public class LibraryStoreException extends RuntimeException {

    public LibraryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
