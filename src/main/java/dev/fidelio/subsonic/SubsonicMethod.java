package dev.fidelio.subsonic;

import java.util.List;

import dev.fidelio.subsonic.response.Payload;

/**
 * One method of the Subsonic API, answered at {@code /rest/<name>} and {@code /rest/<name>.view}. An implementation is
 * an {@code @ApplicationScoped} bean; it is found by its name, so adding a method is adding its class. Parameters are
 * already decoded, the caller authenticated and authorized for {@link #access()}, and the response written in the
 * client's format and mode from the returned records.
 */
public interface SubsonicMethod {

    /** The name in the URL, spelled as the API spells it (e.g. {@code getMusicFolders}). */
    String name();

    /** Who may call it: by default any logged-in account. */
    default Access access() {
        return Access.USER;
    }

    /**
     * The OpenSubsonic extensions this method implements, announced by getOpenSubsonicExtensions once it is there
     * (e.g. {@code songLyrics} by getLyricsBySongId).
     */
    default List<OpenSubsonicExtension> extensions() {
        return List.of();
    }

    /**
     * Answers one request, or throws {@link SubsonicException} to refuse it. The library's {@code ApiException}s are
     * answered with the nearest Subsonic code; anything else is a server error, logged and answered with code 0.
     */
    Payload handle(SubsonicRequest request);
}
