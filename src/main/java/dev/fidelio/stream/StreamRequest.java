package dev.fidelio.stream;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

/** What a request for {@code /stream/{id}} carries: the track, a signed-URL token, and the headers that shape the answer. */
public class StreamRequest {

    @PathParam("id")
    public String id;

    @QueryParam("token")
    public String token;

    /** Conversion parameters: any of these asks for a conversion instead of the original. */
    @QueryParam("format")
    public String format;

    @QueryParam("rate")
    public String rate;

    @QueryParam("bits")
    public String bits;

    @QueryParam("channels")
    public String channels;

    /** Seconds from the start, as a decimal. */
    @QueryParam("offset")
    public String offset;

    /** {@code track} or {@code album}: apply that ReplayGain (off unless asked). */
    @QueryParam("replaygain")
    public String replayGain;

    /** {@code true}: send DSD as DoP (DSD over PCM) instead of converting it to PCM. */
    @QueryParam("dop")
    public String dop;

    @HeaderParam("Range")
    public String range;

    @HeaderParam("If-Range")
    public String ifRange;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    public String ifNoneMatch;

    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
    public String ifModifiedSince;

    @HeaderParam(DlnaHeaders.GET_CONTENT_FEATURES)
    public String dlnaFeatures;

    @HeaderParam(DlnaHeaders.TRANSFER_MODE)
    public String dlnaTransferMode;

    /** Names the player, for what is playing now. */
    @HeaderParam(HttpHeaders.USER_AGENT)
    public String userAgent;

    /** Whether the request asks from the file's first byte: no range, or one that starts there. */
    public boolean fromFirstByte() {
        return !(ByteRange.parse(range, Long.MAX_VALUE) instanceof ByteRange.Part part) || part.range().first() == 0;
    }

    public boolean asksForConversion() {
        return format != null || rate != null || bits != null || channels != null || offset != null || replayGain != null
                || dop != null;
    }
}
