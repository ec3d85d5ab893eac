package dev.fidelio.subsonic.system;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Fidelio is free software: the license is always valid, and never expires. */
@ApplicationScoped
public class GetLicense implements SubsonicMethod {

    record License(boolean valid) {
    }

    @Override
    public String name() {
        return "getLicense";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return Payload.of("license", new License(true));
    }
}
