package dev.fidelio.subsonic.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMediaMethod;
import dev.fidelio.subsonic.SubsonicRequest;

/**
 * Fidelio keeps no pictures of its users, so every avatar is not found (error 70); apps then show their own
 * placeholder, which fits them better than any image the server could make up.
 */
@ApplicationScoped
public class GetAvatar implements SubsonicMediaMethod {

    @Override
    public String name() {
        return "getAvatar";
    }

    @Override
    public Response serve(SubsonicRequest request) {
        String username = request.required("username");
        throw SubsonicException.notFound("No avatar for '" + SubsonicRequest.shortened(username)
                + "': Fidelio keeps no pictures of its users.");
    }
}
