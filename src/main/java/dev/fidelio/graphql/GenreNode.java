package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.GenreItem;

@Type("Genre")
public class GenreNode {

    private final GenreItem item;

    GenreNode(GenreItem item) {
        this.item = item;
    }

    @Ignore
    public GenreItem item() {
        return item;
    }

    @Id
    public @NonNull String getId() {
        return item.id().toString();
    }

    public @NonNull String getName() {
        return item.name();
    }
}
