package dev.fidelio.boot;

/**
 * A startup problem the operator can fix. Its message is printed as one line, without a stack trace,
 * and the server exits with status 2.
 */
public class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
