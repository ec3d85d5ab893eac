package dev.fidelio.subsonic.playlists;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.Playlists;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * Changes a playlist the caller owns: its name, comment and whether it is public; removes the songs at the
 * {@code songIndexToRemove}s (positions as the caller saw them before), then adds the {@code songIdToAdd}s at the end.
 * All of it or none.
 */
@ApplicationScoped
public class UpdatePlaylist implements SubsonicMethod {

    private final Playlists playlists;

    UpdatePlaylist(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public String name() {
        return "updatePlaylist";
    }

    @Override
    @Transactional
    public Payload handle(SubsonicRequest request) {
        long userId = request.caller().userId();
        UUID id = request.id("playlistId");
        Playlists.Changes changes = new Playlists.Changes(request.optional("name").orElse(null),
                request.optional("comment").orElse(null), request.flag("public").orElse(null));
        List<Integer> removed = request.longs("songIndexToRemove").stream().map(UpdatePlaylist::position).toList();
        List<UUID> added = request.ids("songIdToAdd");
        try {
            playlists.update(userId, id, changes);
            if (!removed.isEmpty()) {
                playlists.remove(userId, id, removed);
            }
            if (!added.isEmpty()) {
                playlists.add(userId, id, added, null);
            }
        } catch (IllegalArgumentException e) {
            throw SubsonicException.refused(e);
        }
        return Payload.EMPTY;
    }

    private static int position(long index) {
        if (index < 0 || index > Playlists.MAX_ENTRIES) {
            throw SubsonicException.invalid("songIndexToRemove", "is a position from 0, not " + index + ".");
        }
        return (int) index;
    }
}
