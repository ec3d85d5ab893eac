package dev.fidelio.boot;

import java.net.BindException;

import io.smallrye.config.ConfigValidationException;

/** Turns a failure of the framework's own startup into the one sentence an operator needs. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupException) {
                return t.getMessage();
            }
            if (t instanceof ConfigValidationException invalid) {
                StringBuilder problems = new StringBuilder("Invalid setting:");
                for (int i = 0; i < invalid.getProblemCount(); i++) {
                    problems.append(' ').append(invalid.getProblem(i).getMessage());
                }
                return problems.toString();
            }
            if (t instanceof BindException) {
                return "Cannot listen for HTTP: " + t.getMessage() + " (QUARKUS_HTTP_HOST, QUARKUS_HTTP_PORT).";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "The server failed to start: " + EmbeddedDatabase.rootMessage(failure);
    }
}
