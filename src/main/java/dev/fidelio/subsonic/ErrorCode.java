package dev.fidelio.subsonic;

/** Subsonic's error codes, as the OpenSubsonic API reference lists them. */
public enum ErrorCode {
    GENERIC(0),
    MISSING_PARAMETER(10),
    CLIENT_MUST_UPGRADE(20),
    SERVER_MUST_UPGRADE(30),
    WRONG_CREDENTIALS(40),
    /** "Token authentication not supported": OpenSubsonic uses it for every reason a token cannot be checked. */
    TOKEN_AUTHENTICATION_UNAVAILABLE(41),
    CONFLICTING_AUTHENTICATION(43),
    INVALID_API_KEY(44),
    NOT_AUTHORIZED(50),
    NOT_FOUND(70);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
