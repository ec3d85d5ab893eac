package dev.fidelio.subsonic.system;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Tests the connection and the credentials: an empty successful response. */
@ApplicationScoped
public class Ping implements SubsonicMethod {

    @Override
    public String name() {
        return "ping";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return Payload.EMPTY;
    }
}
