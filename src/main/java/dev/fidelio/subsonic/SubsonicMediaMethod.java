package dev.fidelio.subsonic;

import jakarta.ws.rs.core.Response;

/**
 * A method whose success is not a {@code subsonic-response} but bytes: audio (stream, download) or an image
 * (getCoverArt, getAvatar), sent with their own media type, length and ranges. Refusals are still
 * {@code subsonic-response}s in the client's format, as the API says, and are made as for {@link SubsonicMethod}.
 */
public interface SubsonicMediaMethod extends SubsonicEndpoint {

    /** The HTTP response carrying the bytes; the request's HTTP headers are in {@link SubsonicRequest#header}. */
    Response serve(SubsonicRequest request);
}
