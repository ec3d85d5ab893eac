package dev.fidelio.stream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.PathPart;

/**
 * The cover art found for one request, not read yet: its validators first, so that a client whose copy is current
 * costs no image reading at all, then the image.
 */
public final class Cover {

    /** Browsers keep art a day, then ask again with its validator and mostly get a 304. */
    private static final String CACHING = "private, max-age=86400";

    /** One place the art may be, found on disk, and the size asked for (null: the original). */
    record Located(ArtSource source, LibraryFile file, Integer target) {

        /** Names the image made from this file as it is now, at the size asked for; the cache key too. */
        String key() {
            return CacheFolder.key(String.join("\n", source.kind().name(), file.path().toString(),
                    Long.toString(file.size()), Long.toString(file.modified().toEpochMilli()),
                    target == null ? "original" : target + "@" + CoverScaler.VERSION));
        }

        String entityTag() {
            return "\"" + key().substring(0, 32) + "\"";
        }

        ArtImage image(String mimeType, ArtImage.Body body) {
            return new ArtImage(mimeType, entityTag(), file.modified(), body);
        }
    }

    @FunctionalInterface
    interface Loader {
        Optional<ArtImage> load(Located at, String what);
    }

    private final String what;
    private final List<Located> places;
    private final Loader loader;

    Cover(String what, List<Located> places, Loader loader) {
        this.what = what;
        this.places = List.copyOf(places);
        this.loader = loader;
    }

    /** A strong validator, quoted: the same while the image file (or the audio file holding it) is unchanged. */
    public String entityTag() {
        return places.get(0).entityTag();
    }

    public Instant modified() {
        return places.get(0).file().modified();
    }

    /** Whether the client's copy, by If-None-Match or else If-Modified-Since, is this image. */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        return Preconditions.notModified(ifNoneMatch, ifModifiedSince, entityTag(), modified());
    }

    /**
     * The image, original or resized.
     *
     * @throws dev.fidelio.web.ApiException 404 when it cannot be read after all, 422 when it cannot be resized
     *                                      (not an image, damaged, or larger than the server decodes), 503 when too
     *                                      many images are being resized
     */
    public ArtImage image() {
        for (Located place : places) {
            Optional<ArtImage> image = loader.load(place, what);
            if (image.isPresent()) {
                return image.get();
            }
        }
        throw CoverArt.unreadable(what);
    }

    /**
     * The HTTP answer: 304 when the client's copy (by its validators) is current, else the image with its validators.
     * Errors as for {@link #image()}.
     */
    public Response response(String ifNoneMatch, String ifModifiedSince, boolean withBody) {
        if (notModified(ifNoneMatch, ifModifiedSince)) {
            return Response.notModified().header(HttpHeaders.ETAG, entityTag())
                    .header(HttpHeaders.LAST_MODIFIED, Preconditions.httpDate(modified()))
                    .header(HttpHeaders.CACHE_CONTROL, CACHING).build();
        }
        ArtImage image = image();
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
}
