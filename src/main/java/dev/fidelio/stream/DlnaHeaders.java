package dev.fidelio.stream;

import java.util.Set;

import dev.fidelio.library.AudioFormat;

/**
 * The DLNA headers a renderer asks for ({@code getcontentFeatures.dlna.org: 1}) and the transfer mode it names. The
 * flags say: streaming and background transfer, HTTP stalling, DLNA 1.5 — the values renderers expect of audio.
 */
public final class DlnaHeaders {

    public static final String GET_CONTENT_FEATURES = "getcontentFeatures.dlna.org";
    public static final String CONTENT_FEATURES = "contentFeatures.dlna.org";
    public static final String TRANSFER_MODE = "transferMode.dlna.org";

    private static final String FLAGS = "01700000000000000000000000000000";
    private static final Set<String> MODES = Set.of("Streaming", "Interactive", "Background");

    private DlnaHeaders() {
    }

    /** contentFeatures of an original file: seekable by bytes, not converted. */
    public static String original(AudioFormat format) {
        return (format == AudioFormat.MP3 ? "DLNA.ORG_PN=MP3;" : "") + features(true, false);
    }

    /** contentFeatures of a conversion; {@code byteSeek} when the response honours Range. */
    public static String conversion(boolean byteSeek) {
        return features(byteSeek, true);
    }

    private static String features(boolean byteSeek, boolean converted) {
        return "DLNA.ORG_OP=" + (byteSeek ? "01" : "00") + ";DLNA.ORG_CI=" + (converted ? "1" : "0") + ";DLNA.ORG_FLAGS=" + FLAGS;
    }

    /** The transfer mode to echo, or null when the client named none (or one that does not exist). */
    public static String transferMode(String requested) {
        return requested != null && MODES.contains(requested.strip()) ? requested.strip() : null;
    }
}
