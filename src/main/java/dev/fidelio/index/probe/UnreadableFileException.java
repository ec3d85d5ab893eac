package dev.fidelio.index.probe;

/** A file that is not audio Fidelio can index, with the reason in words a user understands. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
