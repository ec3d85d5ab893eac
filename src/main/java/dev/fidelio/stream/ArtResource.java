package dev.fidelio.stream;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.PathPart;

import dev.fidelio.web.ApiException;

/**
 * {@code /art/{id}}: the cover art of an album, artist or track, original or resized ({@code ?size=}). Open to a
 * logged-in caller within their libraries, or to anyone holding a URL signed for this id (the browser's image
 * element, UPnP renderers).
 */
@Path("/art/{id}")
@PermitAll
public class ArtResource {

    /** Browsers keep art a day, then ask again with its validator and mostly get a 304. */
    private static final String CACHING = "private, max-age=86400";

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
        Cover cover = art.find(id, access.visibleLibraries(), size(request.size));
        if (cover.notModified(request.ifNoneMatch, request.ifModifiedSince)) {
            return Response.notModified().header(HttpHeaders.ETAG, cover.entityTag())
                    .header(HttpHeaders.LAST_MODIFIED, Preconditions.httpDate(cover.modified()))
                    .header(HttpHeaders.CACHE_CONTROL, CACHING).build();
        }
        ArtImage image = cover.image();
        Response.ResponseBuilder response = Response.ok().type(image.mimeType())
                .header(HttpHeaders.CONTENT_LENGTH, image.body().length())
                .header(HttpHeaders.ETAG, image.entityTag())
                .header(HttpHeaders.LAST_MODIFIED, Preconditions.httpDate(image.modified()))
                .header(HttpHeaders.CACHE_CONTROL, CACHING)
                // A folder "image" may hold anything; the browser must not guess it is a page and run it.
                .header("X-Content-Type-Options", "nosniff");
        if (withBody) {
            response.entity(image.body() instanceof ArtImage.OnDisk file ? new PathPart(file.path(), 0, file.length())
                    : ((ArtImage.InMemory) image.body()).data());
        }
        return response.build();
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
