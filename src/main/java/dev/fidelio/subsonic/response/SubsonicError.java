package dev.fidelio.subsonic.response;

/** The {@code error} of a failed response. */
public record SubsonicError(int code, String message, @OpenSubsonic String helpUrl) {

    public SubsonicError(int code, String message) {
        this(code, message, null);
    }
}
