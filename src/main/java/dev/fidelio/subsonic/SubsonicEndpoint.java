package dev.fidelio.subsonic;

import java.util.List;

/**
 * What every method of the API declares, however it answers: its name, who may call it, and the OpenSubsonic
 * extensions it implements. A method answers with a {@code subsonic-response} ({@link SubsonicMethod}) or with the
 * bytes of a file ({@link SubsonicMediaMethod}); an implementation is an {@code @ApplicationScoped} bean, found by
 * its name, so adding a method is adding its class.
 */
public interface SubsonicEndpoint {

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
}
