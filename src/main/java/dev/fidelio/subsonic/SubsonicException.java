package dev.fidelio.subsonic;

import dev.fidelio.subsonic.response.SubsonicError;

/** A refusal, answered as a failed {@code subsonic-response} with its code and a message a person can act on. */
public class SubsonicException extends RuntimeException {

    private final ErrorCode code;

    public SubsonicException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public static SubsonicException missing(String parameter) {
        return new SubsonicException(ErrorCode.MISSING_PARAMETER, "Required parameter '" + parameter + "' is missing.");
    }

    /** A parameter that is there but unusable: not a number, not a boolean, out of range. */
    public static SubsonicException invalid(String parameter, String problem) {
        return new SubsonicException(ErrorCode.GENERIC, "Parameter '" + parameter + "' " + problem);
    }

    /** What a library service refused as invalid (a name too long, a position out of range), said as it said it. */
    public static SubsonicException refused(IllegalArgumentException e) {
        return new SubsonicException(ErrorCode.GENERIC, e.getMessage());
    }

    public static SubsonicException notFound(String message) {
        return new SubsonicException(ErrorCode.NOT_FOUND, message);
    }

    public static SubsonicException notAuthorized(String message) {
        return new SubsonicException(ErrorCode.NOT_AUTHORIZED, message);
    }

    public ErrorCode code() {
        return code;
    }

    SubsonicError error() {
        return new SubsonicError(code.code(), getMessage());
    }
}
