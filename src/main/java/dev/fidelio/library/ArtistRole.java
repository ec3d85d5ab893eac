package dev.fidelio.library;

import java.util.Locale;

/** The parts an artist can have: album artist of a release, or a credit on a track. */
public enum ArtistRole {
    ALBUM_ARTIST, ARTIST, COMPOSER, CONDUCTOR, ENSEMBLE, PERFORMER, LYRICIST, ARRANGER, REMIXER;

    /** As stored in {@code track_credit.role}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArtistRole fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
