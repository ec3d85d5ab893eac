package dev.fidelio.subsonic;

/** Who may call a method. */
public enum Access {
    /** Anyone, without credentials (only getOpenSubsonicExtensions, as OpenSubsonic requires). */
    PUBLIC,
    /** Any enabled account. */
    USER,
    /** Administrators. */
    ADMIN
}
