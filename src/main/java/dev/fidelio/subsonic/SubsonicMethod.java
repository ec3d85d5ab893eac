package dev.fidelio.subsonic;

import dev.fidelio.subsonic.response.Payload;

/**
 * A method of the Subsonic API answered with a {@code subsonic-response}, at {@code /rest/<name>} and
 * {@code /rest/<name>.view}. Parameters are already decoded, the caller authenticated and authorized for
 * {@link #access()}, and the response written in the client's format and mode from the returned records.
 */
public interface SubsonicMethod extends SubsonicEndpoint {

    /**
     * Answers one request, or throws {@link SubsonicException} to refuse it. The library's {@code ApiException}s are
     * answered with the nearest Subsonic code; anything else is a server error, logged and answered with code 0.
     */
    Payload handle(SubsonicRequest request);
}
