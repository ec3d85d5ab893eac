package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.PlaylistItem;

@Type("Playlist")
public class PlaylistNode implements Node {

    private final PlaylistItem item;

    PlaylistNode(PlaylistItem item) {
        this.item = item;
    }

    @Ignore
    public PlaylistItem item() {
        return item;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return item.id().toString();
    }

    public @NonNull String getName() {
        return item.name();
    }

    public String getComment() {
        return item.comment();
    }

    public boolean isPublic() {
        return item.isPublic();
    }

    public @NonNull String getOwner() {
        return item.ownerName();
    }

    public Instant getCreatedAt() {
        return item.createdAt();
    }

    public Instant getUpdatedAt() {
        return item.updatedAt();
    }
}
