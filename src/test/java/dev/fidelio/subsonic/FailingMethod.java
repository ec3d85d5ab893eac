package dev.fidelio.subsonic;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.response.Payload;

/** A method that breaks, only in the tests: what a client sees of a server failure. */
@ApplicationScoped
public class FailingMethod implements SubsonicMethod {

    static final String NAME = "fidelioTestFailure";
    static final String SECRET = "detail only the log may show";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        throw new IllegalStateException(SECRET);
    }
}
