package dev.fidelio.subsonic.playlists;

import java.time.Instant;
import java.util.List;

import dev.fidelio.library.Playlists;
import dev.fidelio.subsonic.response.OpenSubsonic;
import dev.fidelio.subsonic.response.WireName;

/**
 * A playlist as Subsonic shows it. Fidelio's playlists are shared with everyone or no one, so no {@code allowedUser}
 * is listed; {@code readonly} tells OpenSubsonic clients whether the caller may change it (only its owner may).
 */
record PlaylistEntry(String id, String name, String comment, String owner, @WireName("public") boolean isPublic, int songCount,
        int duration, Instant created, Instant changed, @OpenSubsonic Boolean readonly) {

    static PlaylistEntry of(Playlists.PlaylistInfo info, long callerId) {
        return new PlaylistEntry(info.id().toString(), info.name(), info.comment(), info.ownerName(), info.isPublic(), info.trackCount(),
                (int) Math.round(info.durationSeconds()), info.createdAt(), info.updatedAt(), info.ownerId() != callerId);
    }

    /** The playlists of getPlaylists. */
    record Listing(List<PlaylistEntry> playlist) {
    }
}
