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
}
