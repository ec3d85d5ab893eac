package dev.fidelio.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.fidelio.library.Playlists;
import io.quarkus.security.Authenticated;

/**
 * Editing the caller's playlists. Positions count only the tracks the caller can see, as the playlist's tracks field
 * lists them; entries hidden from the caller keep their places.
 */
@GraphQLApi
@Authenticated
public class PlaylistApi {

    private final Caller caller;
    private final Playlists playlists;

    PlaylistApi(Caller caller, Playlists playlists) {
        this.caller = caller;
        this.playlists = playlists;
    }

    @Mutation
    @Description("A new private playlist of the caller's, with these tracks in this order (none when left out)")
    public @NonNull PlaylistNode createPlaylist(@NonNull String name, @Id List<String> trackIds) {
        return node(playlists.create(caller.userId(), name, Ids.uuidList(trackIds)));
    }

    @Mutation
    @Description("Renames a playlist, changes its comment (empty removes it) or makes it public or private; what is left out stays")
    public @NonNull PlaylistNode updatePlaylist(@NonNull @Id String id, String name, String comment, @Name("public") Boolean isPublic) {
        return node(playlists.update(caller.userId(), Ids.uuid(id), new Playlists.Changes(name, comment, isPublic)));
    }

    @Mutation
    @Description("Adds tracks before the track at position `at` (0 is the first), or at the end when `at` is left out")
    public @NonNull PlaylistNode addToPlaylist(@NonNull @Id String id, @NonNull @Id List<String> trackIds, Integer at) {
        return node(playlists.add(caller.userId(), Ids.uuid(id), Ids.uuidList(trackIds), at));
    }

    @Mutation
    @Description("Moves the track at position `from` so that it is at position `to` afterwards")
    public @NonNull PlaylistNode movePlaylistTrack(@NonNull @Id String id, int from, int to) {
        return node(playlists.move(caller.userId(), Ids.uuid(id), from, to));
    }

    @Mutation
    @Description("Removes the tracks at these positions, as they were before; of a track listed twice, only the copy named goes")
    public @NonNull PlaylistNode removeFromPlaylist(@NonNull @Id String id, @NonNull List<Integer> positions) {
        return node(playlists.remove(caller.userId(), Ids.uuid(id), positions));
    }

    @Mutation
    @Description("Deletes a playlist of the caller's (an administrator may delete anyone's public playlist); answers with its id")
    public @NonNull @Id String deletePlaylist(@NonNull @Id String id) {
        UUID playlist = Ids.uuid(id);
        playlists.delete(caller.userId(), playlist);
        return playlist.toString();
    }

    private static PlaylistNode node(Playlists.PlaylistInfo info) {
        return new PlaylistNode(info.item());
    }
}
