package dev.fidelio.subsonic.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.stream.CoverArt;
import dev.fidelio.subsonic.SubsonicMediaMethod;
import dev.fidelio.subsonic.SubsonicRequest;

/**
 * The cover art of an album, artist or track (the coverArt ids the responses carry are those items' ids), as stored
 * or resized to {@code size} pixels on its longest side, with validators so that a client's copy costs a 304.
 */
@ApplicationScoped
public class GetCoverArt implements SubsonicMediaMethod {

    private final LibraryAccess access;
    private final CoverArt art;

    GetCoverArt(LibraryAccess access, CoverArt art) {
        this.access = access;
        this.art = art;
    }

    @Override
    public String name() {
        return "getCoverArt";
    }

    @Override
    public Response serve(SubsonicRequest request) {
        Integer size = request.number("size", 1, Integer.MAX_VALUE).map(Long::intValue).orElse(null);
        return art.find(request.id("id"), access.of(request.caller().userId()), size)
                .response(request.header(HttpHeaders.IF_NONE_MATCH).orElse(null),
                        request.header(HttpHeaders.IF_MODIFIED_SINCE).orElse(null), true);
    }
}
