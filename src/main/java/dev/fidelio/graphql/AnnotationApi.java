package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import dev.fidelio.library.Annotations;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.NodeKind;
import dev.fidelio.library.Nodes;
import io.quarkus.security.Authenticated;

/** Starring, rating and counting plays of what the caller can see. */
@GraphQLApi
@Authenticated
public class AnnotationApi {

    private final Caller caller;
    private final Nodes nodes;
    private final Annotations annotations;

    AnnotationApi(Caller caller, Nodes nodes, Annotations annotations) {
        this.caller = caller;
        this.nodes = nodes;
        this.annotations = annotations;
    }

    @Mutation
    @Description("Stars an artist, album, track or work for the caller")
    public @NonNull UserData star(@NonNull @Id String id) {
        ItemKind kind = annotatable(id);
        annotations.star(caller.userId(), kind, Ids.uuid(id), true);
        return current(kind, id);
    }

    @Mutation
    public @NonNull UserData unstar(@NonNull @Id String id) {
        ItemKind kind = annotatable(id);
        annotations.star(caller.userId(), kind, Ids.uuid(id), false);
        return current(kind, id);
    }

    @Mutation
    @Description("Rates an artist, album, track or work from 1 to 5; 0 removes the rating")
    public @NonNull UserData rate(@NonNull @Id String id, int rating) {
        ItemKind kind = annotatable(id);
        annotations.rate(caller.userId(), kind, Ids.uuid(id), rating);
        return current(kind, id);
    }

    @Mutation
    @Description("Counts one play of a track (and of its album and artists), at playedAt or now")
    public @NonNull UserData recordPlay(@NonNull @Id String trackId, Instant playedAt) {
        if (annotatable(trackId) != ItemKind.track) {
            throw new IllegalArgumentException("Plays are recorded for tracks; " + trackId + " is not a track");
        }
        Instant when = playedAt == null ? Instant.now() : playedAt;
        if (when.isAfter(Instant.now().plusSeconds(300))) {
            throw new IllegalArgumentException("A play cannot be in the future: " + when);
        }
        annotations.recordPlay(caller.userId(), Ids.uuid(trackId), when);
        return current(ItemKind.track, trackId);
    }

    /** The kind of an item the caller can see and annotate; anything else is not found. */
    private ItemKind annotatable(String id) {
        NodeKind kind = nodes.annotatable(Ids.uuid(id), caller.visible()).orElseThrow(() -> new NotFoundException("item", id));
        if (kind.annotated() == null) {
            throw new IllegalArgumentException("Only artists, albums, tracks and works can be starred, rated or played; " + id + " is a "
                    + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return kind.annotated();
    }

    private UserData current(ItemKind kind, String id) {
        return annotations.get(caller.userId(), kind, Ids.uuid(id)).map(UserData::of).orElse(UserData.NONE);
    }
}
