package dev.fidelio.stream;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fidelio.library.Shares;
import dev.fidelio.library.TrackItem;
import dev.fidelio.users.SignedUrls;
import dev.fidelio.web.ApiException;

/**
 * {@code /share/{id}?token=}: what a user shared, for anyone holding the link and until it expires: the tracks, each
 * with a URL to play it and its cover art, signed until the share's end. A link whose share was deleted or has
 * expired opens nothing. Each opening counts as a visit.
 */
@Path("/share/{id}")
@PermitAll
public class ShareResource {

    public static final String SIGNED_URL_PURPOSE = "share";

    /** A shared track as a visitor sees it. */
    public record SharedTrack(String title, Double durationSeconds, String stream, String art) {
    }

    public record SharedTracks(String description, String owner, Instant expires, List<SharedTrack> tracks) {
    }

    private final Shares shares;
    private final SignedUrls signedUrls;
    private final MediaUrls urls;

    ShareResource(Shares shares, SignedUrls signedUrls, MediaUrls urls) {
        this.shares = shares;
        this.signedUrls = signedUrls;
        this.urls = urls;
    }

    /** The path of a share's public link, signed until it expires. */
    public static String link(SignedUrls signedUrls, Shares.Share share) {
        return "/share/" + share.id() + "?token=" + signedUrls.sign(SIGNED_URL_PURPOSE, share.id(), share.expiresAt());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SharedTracks get(@PathParam("id") String id, @QueryParam("token") String token) {
        UUID shareId = parse(id);
        if (shareId == null || !signedUrls.verify(SIGNED_URL_PURPOSE, shareId, token)) {
            throw new ApiException(Response.Status.NOT_FOUND, "not_found", "No share at this link, or it has expired");
        }
        Shares.Share share = shares.visit(shareId).orElseThrow(
                () -> new ApiException(Response.Status.NOT_FOUND, "not_found", "No share at this link, or it has expired"));
        List<SharedTrack> tracks = shares.tracks(share).stream().map(track -> shared(track, share.expiresAt())).toList();
        return new SharedTracks(share.description(), share.ownerName(), share.expiresAt(), tracks);
    }

    private SharedTrack shared(TrackItem track, Instant until) {
        return new SharedTrack(track.title(), track.audio().durationSeconds(), urls.stream(track.id(), until),
                track.hasCover() ? urls.art(track.id(), until) : null);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
