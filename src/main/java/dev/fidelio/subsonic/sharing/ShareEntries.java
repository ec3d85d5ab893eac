package dev.fidelio.subsonic.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Shares;
import dev.fidelio.stream.ShareResource;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;
import dev.fidelio.users.SignedUrls;

/** Shares as Subsonic shows them, with their public link and the songs the caller may see. */
@ApplicationScoped
class ShareEntries {

    record Listing(List<Entry> share) {
    }

    record Entry(String id, String url, String description, String username, Instant created, Instant expires,
            Instant lastVisited, int visitCount, List<Child> entry) {
    }

    private final SignedUrls signedUrls;
    private final Listeners listeners;
    private final SongEntries songs;

    ShareEntries(SignedUrls signedUrls, Listeners listeners, SongEntries songs) {
        this.signedUrls = signedUrls;
        this.listeners = listeners;
        this.songs = songs;
    }

    Listing of(SubsonicRequest request, List<Shares.Share> shares) {
        String base = base(request);
        return new Listing(shares.stream().map(share -> new Entry(share.id().toString(),
                base + ShareResource.link(signedUrls, share), share.description(), share.ownerName(), share.createdAt(),
                share.expiresAt(), share.lastVisitedAt(), share.visitCount(), songs.byIds(listeners.of(request), share.trackIds())))
                .toList());
    }

    /**
     * {@code expires} in ms since 1970, if given. 0 means "never" in Subsonic; a public link here always ends, so it
     * is the default lifetime instead.
     */
    static Instant expiry(SubsonicRequest request) {
        return request.number("expires", 0, Long.MAX_VALUE).map(ms -> ms == 0 ? Instant.now().plus(Shares.DEFAULT_LIFETIME)
                : Instant.ofEpochMilli(ms)).orElse(null);
    }

    static SubsonicException refused(IllegalArgumentException e) {
        return SubsonicException.refused(e);
    }

    /** The server as the client reached it, for links it can hand on. */
    private static String base(SubsonicRequest request) {
        String scheme = request.header("X-Forwarded-Proto").map(p -> p.toLowerCase(Locale.ROOT)).filter(p -> p.equals("https"))
                .orElse("http");
        return scheme + "://" + request.header("Host").orElse("localhost");
    }
}
