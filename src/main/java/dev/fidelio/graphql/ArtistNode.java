package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.ArtistItem;

@Type("Artist")
@Description("A person or group credited on tracks or albums, in any role")
public class ArtistNode implements Node {

    private final ArtistItem item;

    ArtistNode(ArtistItem item) {
        this.item = item;
    }

    @Ignore
    public ArtistItem item() {
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

    public @NonNull String getSortName() {
        return item.sortName();
    }

    public String getMusicBrainzId() {
        return item.mbid();
    }

    public Instant getAddedAt() {
        return item.addedAt();
    }
}
