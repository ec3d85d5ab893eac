package dev.fidelio.stream;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.PathPart;

import dev.fidelio.audio.PcmSource;
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
    static final String BIT_PERFECT = "bit-perfect";

    private final ItemAccess access;
    private final TrackFiles files;
    private final Conversions conversions;
    private final ActiveConversions active;
    private final ConversionCache cache;
    private final NowPlaying nowPlaying;

    StreamResource(ItemAccess access, TrackFiles files, Conversions conversions, ActiveConversions active,
            ConversionCache cache, NowPlaying nowPlaying) {
        this.active = active;
        this.cache = cache;
        this.access = access;
        this.nowPlaying = nowPlaying;
        this.files = files;
        this.conversions = conversions;
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
        Response response = asked != null ? converted(file, asked, request, withBody)
                : serve(ServedFile.original(file), request, withBody);
        boolean fromTheStart = request.fromFirstByte() && (asked == null || asked.offsetSeconds() == 0);
        if (withBody && response.getStatus() < 300 && fromTheStart) {
            // A player starting the track; its later ranges and seeks continue the same listening.
            access.listener().ifPresent(listener -> nowPlaying.started(listener, trackId, request.userAgent));
        }
        return response;
    }

    /**
     * A conversion streams as it is made. Its length is known for WAV and L16/L24, so renderers can show and seek
     * within it; FLAC's is not, and goes chunked. Once made whole, it is kept: asked again, it is served like a file.
     */
    private Response converted(OriginalFile file, ConversionRequest asked, StreamRequest request, boolean withBody) {
        Optional<String> key = cache.key(file, asked);
        Optional<ServedFile> cached = key.flatMap(cache::find);
        if (cached.isPresent()) {
            return serve(cached.get(), request, withBody);
        }
        Conversion conversion = conversions.open(file, asked);
        Response.ResponseBuilder response = Response.ok().type(conversion.mediaType())
                .header(SIGNAL_PATH_HEADER, asciiHeader(conversion.signalPath())).header("Cache-Control", "no-store");
        long length = conversion.length();
        if (length >= 0) {
            response.header(HttpHeaders.CONTENT_LENGTH, length);
        }
        dlna(response, request, DlnaHeaders.conversion(false));
        if (withBody) {
            response.entity((StreamingOutput) out -> {
                active.started();
                try (PcmSource chain = conversion.chain()) {
                    if (key.isPresent()) {
                        cache.encodeAndKeep(conversion, key.get(), out);
                    } else {
                        conversion.encoder().encode(chain, out);
                    }
                } finally {
                    active.finished();
                }
            });
        } else {
            closeQuietly(conversion.chain());
        }
        return response.build();
    }

    /** A file as it is on disk, whole or one range of it, sent without copying through the heap. */
    private Response serve(ServedFile file, StreamRequest conditions, boolean withBody) {
        if (Preconditions.notModified(conditions.ifNoneMatch, conditions.ifModifiedSince, file)) {
            return Response.notModified().tag(unquoted(file.entityTag()))
                    .header(HttpHeaders.LAST_MODIFIED, Preconditions.httpDate(file.modified())).build();
        }
        ByteRange.Request request = Preconditions.rangeStillValid(conditions.ifRange, file)
                ? ByteRange.parse(conditions.range, file.size()) : new ByteRange.Whole();
        Response.ResponseBuilder response;
        if (request instanceof ByteRange.Unsatisfiable) {
            return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", "bytes */" + file.size()).header("Accept-Ranges", "bytes").build();
        } else if (request instanceof ByteRange.Part part) {
            ByteRange range = part.range();
            response = Response.status(Response.Status.PARTIAL_CONTENT).header("Content-Range", range.contentRange(file.size()))
                    .header(HttpHeaders.CONTENT_LENGTH, range.length());
            if (withBody) {
                response.entity(new PathPart(file.path(), range.first(), range.length()));
            }
        } else {
            response = Response.ok().header(HttpHeaders.CONTENT_LENGTH, file.size());
            if (withBody) {
                response.entity(new PathPart(file.path(), 0, file.size()));
            }
        }
        response.type(file.mediaType()).header("Accept-Ranges", "bytes").tag(unquoted(file.entityTag()))
                .header(HttpHeaders.LAST_MODIFIED, Preconditions.httpDate(file.modified()))
                .header(SIGNAL_PATH_HEADER, asciiHeader(file.signalPath()));
        dlna(response, conditions, file.contentFeatures());
        return response.build();
    }

    private static void dlna(Response.ResponseBuilder response, StreamRequest request, String contentFeatures) {
        if ("1".equals(request.dlnaFeatures)) {
            response.header(DlnaHeaders.CONTENT_FEATURES, contentFeatures);
        }
        String mode = DlnaHeaders.transferMode(request.dlnaTransferMode);
        if (mode != null || request.dlnaFeatures != null) {
            response.header(DlnaHeaders.TRANSFER_MODE, mode == null ? "Streaming" : mode);
        }
    }

    /** HTTP header values are Latin-1 at best: arrows and minus signs become their ASCII forms. */
    static String asciiHeader(String text) {
        return text.replace("\u2192", "->").replace("\u2212", "-").replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static void closeQuietly(PcmSource source) {
        try {
            source.close();
        } catch (java.io.IOException e) {
            // a HEAD request read nothing from it; nothing is lost
        }
    }

    private static jakarta.ws.rs.core.EntityTag unquoted(String tag) {
        return new jakarta.ws.rs.core.EntityTag(tag.substring(1, tag.length() - 1));
    }
}
