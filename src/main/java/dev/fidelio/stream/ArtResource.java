package dev.fidelio.stream;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import dev.fidelio.web.ApiException;

/**
 * {@code /art/{id}}: the cover art of an album, artist or track, original or resized ({@code ?size=}). Open to a
 * logged-in caller within their libraries, or to anyone holding a URL signed for this id (the browser's image
 * element, UPnP renderers).
 */
@Path("/art/{id}")
@PermitAll
public class ArtResource {

    private final ItemAccess access;
    private final CoverArt art;

    ArtResource(ItemAccess access, CoverArt art) {
        this.access = access;
        this.art = art;
    }

    @GET
    public Response get(@BeanParam ArtRequest request) {
        return respond(request, true);
    }

    @HEAD
    public Response head(@BeanParam ArtRequest request) {
        return respond(request, false);
    }

    private Response respond(ArtRequest request, boolean withBody) {
        UUID id = access.require(CoverArt.SIGNED_URL_PURPOSE, "album, artist or track", request.id, request.token);
        return art.find(id, access.visibleLibraries(), size(request.size)).response(request.ifNoneMatch, request.ifModifiedSince,
                withBody);
    }

    private static Integer size(String size) {
        if (size == null) {
            return null;
        }
        if (!size.matches("[0-9]{1,9}")) {
            throw ApiException.badRequest("size is the longest side in pixels, a whole number such as 300, not '"
                    + (size.length() > 20 ? size.substring(0, 20) + "…" : size) + "'");
        }
        return Integer.valueOf(size);
    }
}
