package dev.fidelio.subsonic.response;

/** What a client is sent: everything OpenSubsonic defines, or only what the Subsonic 1.16.1 schema allows. */
public enum ClientMode {
    /** Old parsers that reject what the 1.16.1 XSD does not know: no {@link OpenSubsonic} fields. */
    LEGACY,
    OPEN_SUBSONIC
}
