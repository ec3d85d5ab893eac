package dev.fidelio.subsonic.annotation;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Takes the caller's stars off songs, albums and artists. */
@ApplicationScoped
public class Unstar implements SubsonicMethod {

    private final Stars stars;

    Unstar(Stars stars) {
        this.stars = stars;
    }

    @Override
    public String name() {
        return "unstar";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        stars.set(request, false);
        return Payload.EMPTY;
    }
}
