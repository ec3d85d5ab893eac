package dev.fidelio.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.PathPart;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.library.NowPlaying;

/**
 * A track's audio as an HTTP response, for every adapter that sends it ({@code /stream/{id}}, Subsonic's stream and
 * download): the file's bytes exactly as they are on disk, with ranges and validators, or a conversion with a header
 * saying every step. A listener's request for a track from its start shows in {@link NowPlaying}; it is not a play.
 */
@ApplicationScoped
public class TrackStreams {

    private final Conversions conversions;
    private final ActiveConversions active;
    private final ConversionCache cache;
    private final NowPlaying nowPlaying;

    TrackStreams(Conversions conversions, ActiveConversions active, ConversionCache cache, NowPlaying nowPlaying) {
        this.conversions = conversions;
        this.active = active;
        this.cache = cache;
        this.nowPlaying = nowPlaying;
    }

    /**
     * @param asked    the conversion, or null for the original
     * @param request  the headers that shape the answer (ranges, validators, DLNA)
     * @param listener the logged-in listener, if any; {@code player} names their player for what is playing now
     * @param lengthFirst make a conversion whole (into the cache) before sending it, so that it has an exact length
     *                 and ranges; a conversion that cannot be kept (cache off, a start past 0) streams as it is made
     */
    public Response respond(OriginalFile file, ConversionRequest asked, StreamRequest request, Optional<Long> listener, String player,
            boolean lengthFirst, boolean withBody) {
        Response response = asked != null ? converted(file, asked, request, lengthFirst, withBody)
                : serve(ServedFile.original(file), request, withBody);
        boolean fromTheStart = request.fromFirstByte() && (asked == null || asked.offsetSeconds() == 0);
        if (withBody && response.getStatus() < 300 && fromTheStart) {
            // A player starting the track; its later ranges and seeks continue the same listening.
            listener.ifPresent(id -> nowPlaying.started(id, file.trackId(), player));
        }
        return response;
    }

    /**
     * A conversion streams as it is made. Its length is known for WAV and L16/L24, so renderers can show and seek
     * within it; FLAC's is not, and goes chunked. Once made whole, it is kept: asked again, it is served like a file.
     */
    private Response converted(OriginalFile file, ConversionRequest asked, StreamRequest request, boolean lengthFirst,
            boolean withBody) {
        Optional<String> key = cache.key(file, asked);
        Optional<ServedFile> cached = key.flatMap(cache::find);
        if (cached.isPresent()) {
            return serve(cached.get(), request, withBody);
        }
        Conversion opened = conversions.open(file, asked);
        if (lengthFirst && key.isPresent() && opened.length() < 0) {
            Optional<ServedFile> whole = wholeConversion(opened, key.get());
            if (whole.isPresent()) {
                return serve(whole.get(), request, withBody);
            }
            opened = conversions.open(file, asked);
        }
        Conversion conversion = opened;
        Response.ResponseBuilder response = Response.ok().type(conversion.mediaType())
                .header(StreamResource.SIGNAL_PATH_HEADER, asciiHeader(conversion.signalPath())).header("Cache-Control", "no-store");
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

    private Optional<ServedFile> wholeConversion(Conversion conversion, String key) {
        active.started();
        try {
            return cache.makeWhole(conversion, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot convert " + conversion.signalPath(), e);
        } finally {
            active.finished();
        }
    }

    /** A file as it is on disk, whole or one range of it, sent without copying through the heap. */
    private static Response serve(ServedFile file, StreamRequest conditions, boolean withBody) {
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
                .header(StreamResource.SIGNAL_PATH_HEADER, asciiHeader(file.signalPath()));
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
        } catch (IOException e) {
            // a HEAD request read nothing from it; nothing is lost
        }
    }

    private static EntityTag unquoted(String tag) {
        return new EntityTag(tag.substring(1, tag.length() - 1));
    }
}
