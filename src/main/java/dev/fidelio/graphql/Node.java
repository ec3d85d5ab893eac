package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("Anything with an id of its own: artists, albums, tracks, works, folders and playlists. Ids are unique across kinds.")
public interface Node {

    @Id
    @NonNull
    String getId();
}
