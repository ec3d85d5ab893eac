package dev.fidelio.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.WorkQueries;

/** A work's composer, movements and performances, and a performance's album and tracks, loaded per batch. */
@GraphQLApi
public class WorkFields {

    private final Caller caller;
    private final WorkQueries works;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final UserDataLoader userData;

    WorkFields(Caller caller, WorkQueries works, ArtistQueries artists, AlbumQueries albums, TrackQueries tracks, UserDataLoader userData) {
        this.caller = caller;
        this.works = works;
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
        this.userData = userData;
    }

    public List<ArtistNode> composer(@Source List<WorkNode> workNodes) {
        return Batch.map(workNodes, w -> w.item().composerId(), ids -> artists.byIds(caller.visible(), ids), ArtistNode::new, null);
    }

    @Description("The movements as the recordings number and name them")
    public List<@NonNull List<@NonNull MovementType>> movements(@Source List<WorkNode> workNodes) {
        return Batch.lists(workNodes, w -> w.item().id(), ids -> works.movements(caller.visible(), ids),
                m -> new MovementType(m.number(), m.name()));
    }

    @Description("The recordings of this work, one per album, oldest album first")
    public List<@NonNull List<@NonNull PerformanceType>> performances(@Source List<WorkNode> workNodes) {
        return Batch.lists(workNodes, w -> w.item().id(), ids -> works.performances(caller.visible(), ids), PerformanceType::new);
    }

    public List<@NonNull UserData> userData(@Source List<WorkNode> workNodes) {
        return userData.of(ItemKind.work, workNodes, w -> w.item().id());
    }

    public List<@NonNull AlbumNode> album(@Source List<PerformanceType> performances) {
        return Batch.map(performances, p -> p.performance().albumId(), ids -> albums.byIds(caller.visible(), ids), AlbumNode::new, null);
    }

    public List<@NonNull WorkNode> work(@Source List<PerformanceType> performances) {
        return Batch.map(performances, p -> p.performance().workId(), ids -> works.byIds(caller.visible(), ids), WorkNode::new, null);
    }

    @Description("The tracks of its movements, in movement order")
    public List<@NonNull List<@NonNull TrackNode>> tracks(@Source List<PerformanceType> performances) {
        java.util.Set<java.util.UUID> all = new java.util.LinkedHashSet<>();
        performances.forEach(p -> all.addAll(p.performance().trackIds()));
        var found = tracks.byIds(caller.visible(), all);
        return performances.stream().map(p -> p.performance().trackIds().stream().filter(found::containsKey).map(id -> new TrackNode(found.get(id)))
                .toList()).toList();
    }
}
