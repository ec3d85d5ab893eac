package dev.fidelio.stream;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import dev.fidelio.library.NowPlaying;

/**
 * {@code /stream/{trackId}}: the file's bytes exactly as they are on disk, or, with conversion parameters, the audio
 * decoded, converted and encoded as asked, with a header saying every step. Open to a logged-in caller, or to anyone
 * holding a signed URL for this track (renderers and the browser's audio element cannot log in). A logged-in
 * listener's request for a track from its start shows in {@link NowPlaying}.
 */
@Path("/stream/{id}")
@PermitAll
public class StreamResource {

    public static final String SIGNED_URL_PURPOSE = "stream";
    public static final String SIGNAL_PATH_HEADER = "X-Fidelio-Signal-Path";
    public static final String BIT_PERFECT = "bit-perfect";

    private final ItemAccess access;
    private final TrackFiles files;
    private final TrackStreams streams;

    StreamResource(ItemAccess access, TrackFiles files, TrackStreams streams) {
        this.access = access;
        this.files = files;
        this.streams = streams;
    }

    @GET
    public Response get(@BeanParam StreamRequest request) {
        return respond(request, true);
    }

    @HEAD
    public Response head(@BeanParam StreamRequest request) {
        return respond(request, false);
    }

    private Response respond(StreamRequest request, boolean withBody) {
        UUID trackId = access.require(SIGNED_URL_PURPOSE, "track", request.id, request.token);
        OriginalFile file = files.require(trackId, access.visibleLibraries());
        ConversionRequest asked = request.asksForConversion() ? ConversionRequest.from(request) : null;
        return streams.respond(file, asked, request, access.listener(), request.userAgent, false, withBody);
    }
}
