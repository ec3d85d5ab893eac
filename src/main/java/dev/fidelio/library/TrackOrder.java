package dev.fidelio.library;

/** The orders tracks are listed in by offset ({@link TrackQueries#list}). */
public enum TrackOrder {
    /** Album by album (as their titles sort), each in disc and track order. */
    ALBUM,
    /** A new random order on every call. */
    RANDOM
}
