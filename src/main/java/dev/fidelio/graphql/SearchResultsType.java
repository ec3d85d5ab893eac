package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.search.SearchResults;

@Type("SearchResults")
public record SearchResultsType(@NonNull SearchConnection<ArtistNode> artists, @NonNull SearchConnection<AlbumNode> albums,
        @NonNull SearchConnection<WorkNode> works, @NonNull SearchConnection<TrackNode> tracks) {

    /** Each kind's hits as nodes; {@code offset} is where the page began, for the cursors. */
    static SearchResultsType of(SearchResults results, int offset) {
        return new SearchResultsType(new SearchConnection<>(results.artists(), ArtistNode::new, offset),
                new SearchConnection<>(results.albums(), AlbumNode::new, offset),
                new SearchConnection<>(results.works(), WorkNode::new, offset),
                new SearchConnection<>(results.tracks(), TrackNode::new, offset));
    }
}
