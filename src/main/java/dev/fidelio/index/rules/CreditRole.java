package dev.fidelio.index.rules;

/** The part a person or group played in a recording or release. */
public enum CreditRole {
    ARTIST, ALBUM_ARTIST, COMPOSER, CONDUCTOR, ENSEMBLE, PERFORMER, LYRICIST, ARRANGER, REMIXER;

    /** Stable lower-case name, as stored in the database and shown by the APIs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
