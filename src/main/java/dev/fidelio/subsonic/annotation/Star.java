package dev.fidelio.subsonic.annotation;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Stars songs, albums and artists for the caller. */
@ApplicationScoped
public class Star implements SubsonicMethod {

    private final Stars stars;

    Star(Stars stars) {
        this.stars = stars;
    }

    @Override
    public String name() {
        return "star";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        stars.set(request, true);
        return Payload.EMPTY;
    }
}
