package dev.fidelio.subsonic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.subsonic.response.ResponseWriter;

/**
 * A protocol version {@code v}, compared as Subsonic compares them: another major version cannot talk to us at all,
 * and a newer minor version expects methods we lack. Clients of older minor versions are served.
 */
record ProtocolVersion(int major, int minor) {

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\.\\d{1,4})?");
    private static final ProtocolVersion SERVER = parse(ResponseWriter.API_VERSION).orElseThrow();

    static Optional<ProtocolVersion> parse(String text) {
        Matcher m = VERSION.matcher(text.strip());
        return m.matches() ? Optional.of(new ProtocolVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** Refuses a client whose version {@code v} this server cannot serve. */
    static void check(String clientVersion) {
        ProtocolVersion client = parse(clientVersion).orElseThrow(() -> SubsonicException.invalid("v",
                "must be a protocol version such as " + ResponseWriter.API_VERSION + ", not '"
                        + SubsonicRequest.shortened(clientVersion) + "'."));
        if (client.major < SERVER.major) {
            throw new SubsonicException(ErrorCode.CLIENT_MUST_UPGRADE, "Protocol version " + clientVersion
                    + " is too old for this server, which speaks " + ResponseWriter.API_VERSION + "; the client must upgrade.");
        }
        if (client.major > SERVER.major || client.minor > SERVER.minor) {
            throw new SubsonicException(ErrorCode.SERVER_MUST_UPGRADE, "Protocol version " + clientVersion
                    + " is newer than this server's " + ResponseWriter.API_VERSION + "; the server must upgrade.");
        }
    }
}
