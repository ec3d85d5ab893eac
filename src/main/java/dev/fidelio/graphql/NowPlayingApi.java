package dev.fidelio.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.fidelio.library.NowPlaying;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.VisibleLibraries;
import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Who is listening to what, in the libraries the caller may see. */
@GraphQLApi
@Authenticated
public class NowPlayingApi {

    private final Caller caller;
    private final NowPlaying nowPlaying;
    private final TrackQueries tracks;

    NowPlayingApi(Caller caller, NowPlaying nowPlaying, TrackQueries tracks) {
        this.caller = caller;
        this.nowPlaying = nowPlaying;
        this.tracks = tracks;
    }

    @Query
    @Description("What every listener plays now, latest first, in the libraries the caller may see")
    public @NonNull List<@NonNull NowPlayingType> nowPlaying() {
        VisibleLibraries visible = caller.visible();
        List<NowPlaying.Entry> entries = nowPlaying.list(visible);
        Map<UUID, TrackItem> found = entries.isEmpty() ? Map.of()
                : tracks.byIds(visible, entries.stream().map(NowPlaying.Entry::trackId).toList());
        return entries.stream().map(e -> NowPlayingType.of(e, track(found.get(e.trackId())))).toList();
    }

    @Subscription("nowPlaying")
    @Description("Each listener's track beginning and ending, from now on, in the libraries the caller may see")
    public Multi<@NonNull NowPlayingChange> nowPlayingChanges() {
        // Looked up once, at subscription: later events are not part of any request.
        VisibleLibraries visible = caller.visible();
        return ResolverErrors.logged(nowPlaying.changes(visible).map(change -> {
            UUID trackId = change.entry().trackId();
            return new NowPlayingChange(NowPlayingType.of(change.entry(), track(tracks.byIds(visible, Set.of(trackId)).get(trackId))),
                    change.playing());
        }), "nowPlaying");
    }

    private static TrackNode track(TrackItem item) {
        return item == null ? null : new TrackNode(item);
    }
}
