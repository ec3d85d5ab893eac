package dev.fidelio.subsonic.system;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.OpenSubsonicExtensions;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** The OpenSubsonic extensions implemented; open to anyone, as OpenSubsonic requires, so apps can ask before logging in. */
@ApplicationScoped
public class GetOpenSubsonicExtensions implements SubsonicMethod {

    private final OpenSubsonicExtensions extensions;

    GetOpenSubsonicExtensions(OpenSubsonicExtensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public String name() {
        return "getOpenSubsonicExtensions";
    }

    @Override
    public Access access() {
        return Access.PUBLIC;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return Payload.of("openSubsonicExtensions", extensions.supported());
    }
}
