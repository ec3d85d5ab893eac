package dev.fidelio.subsonic.media;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.stream.ConversionRequest;
import dev.fidelio.stream.OriginalFile;
import dev.fidelio.stream.StreamRequest;
import dev.fidelio.stream.TrackFiles;
import dev.fidelio.stream.TrackStreams;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;

/** What stream and download share: the caller's track, and its audio sent through the streaming engine. */
@ApplicationScoped
class TrackAudio {

    private final LibraryAccess access;
    private final TrackQueries tracks;
    private final TrackFiles files;
    private final TrackStreams streams;

    TrackAudio(LibraryAccess access, TrackQueries tracks, TrackFiles files, TrackStreams streams) {
        this.access = access;
        this.tracks = tracks;
        this.files = files;
        this.streams = streams;
    }

    /** The track {@code id} names, if the caller may see it; error 70 otherwise, as for no track at all. */
    TrackItem track(SubsonicRequest request) {
        UUID id = request.id("id");
        TrackItem track = tracks.byIds(visible(request), Set.of(id)).get(id);
        if (track == null) {
            throw SubsonicException.notFound("No song with id " + id + ".");
        }
        return track;
    }

    /**
     * The original ({@code asked} null) or a conversion, with the request's ranges and validators.
     *
     * @param lengthFirst a conversion is made whole first, so that it goes with its exact length
     */
    Response send(SubsonicRequest request, TrackItem track, ConversionRequest asked, boolean lengthFirst) {
        OriginalFile file = files.require(track.id(), visible(request));
        StreamRequest conditions = new StreamRequest();
        conditions.range = request.header("Range").orElse(null);
        conditions.ifRange = request.header("If-Range").orElse(null);
        conditions.ifNoneMatch = request.header(HttpHeaders.IF_NONE_MATCH).orElse(null);
        conditions.ifModifiedSince = request.header(HttpHeaders.IF_MODIFIED_SINCE).orElse(null);
        return streams.respond(file, asked, conditions, Optional.of(request.caller().userId()), request.client(), lengthFirst, true);
    }

    private VisibleLibraries visible(SubsonicRequest request) {
        return access.of(request.caller().userId());
    }
}
