package dev.fidelio.stream;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

/** What a request for {@code /art/{id}} carries: the item, the size wanted, a signed-URL token, the validators. */
public class ArtRequest {

    @PathParam("id")
    public String id;

    /** The longest side in pixels; absent for the original. */
    @QueryParam("size")
    public String size;

    @QueryParam("token")
    public String token;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    public String ifNoneMatch;

    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
    public String ifModifiedSince;
}
