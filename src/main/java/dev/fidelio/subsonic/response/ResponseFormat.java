package dev.fidelio.subsonic.response;

import java.util.regex.Pattern;

/** XML (Subsonic's default), JSON, or JSON wrapped in a call of the client's JavaScript function (JSONP). */
public record ResponseFormat(Kind kind, String callback) {

    public enum Kind {
        XML("text/xml;charset=UTF-8"),
        JSON("application/json;charset=UTF-8"),
        JSONP("text/javascript;charset=UTF-8");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    public static final ResponseFormat XML = new ResponseFormat(Kind.XML, null);
    public static final ResponseFormat JSON = new ResponseFormat(Kind.JSON, null);

    /** A name, or names joined by dots, as a script would call it; nothing that could inject script. */
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final int MAX_CALLBACK_LENGTH = 128;

    public ResponseFormat {
        if ((kind == Kind.JSONP) != (callback != null)) {
            throw new IllegalArgumentException("A callback goes with JSONP and only with it");
        }
    }

    /** JSONP calling {@code callback}; refused unless it is a plain JavaScript function name. */
    public static ResponseFormat jsonp(String callback) {
        if (callback.length() > MAX_CALLBACK_LENGTH || !CALLBACK.matcher(callback).matches()) {
            throw new IllegalArgumentException("The callback must be a JavaScript function name (letters, digits, _ and $, "
                    + "dots between names), at most " + MAX_CALLBACK_LENGTH + " characters.");
        }
        return new ResponseFormat(Kind.JSONP, callback);
    }

    public String mediaType() {
        return kind.mediaType;
    }
}
