package dev.fidelio.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.fidelio.library.search.SearchHit;
import dev.fidelio.library.search.SearchHits;

/** One kind's results of a search, best first, each with its score and the cursor that continues after it. */
public class SearchConnection<N> {

    public record SearchEdge<N>(@NonNull String cursor, @NonNull N node,
            @Description("How well it matched: about 1 when every word is a whole word of its title, less for prefixes, other fields and corrections") double score) {
    }

    private final List<SearchEdge<N>> edges;
    private final PageInfo pageInfo;

    <I> SearchConnection(SearchHits<I> found, Function<I, N> wrap, int offset) {
        this.edges = new ArrayList<>(found.hits().size());
        int position = offset;
        for (SearchHit<I> hit : found.hits()) {
            edges.add(new SearchEdge<>(SearchCursor.after(++position), wrap.apply(hit.item()), hit.score()));
        }
        this.pageInfo = new PageInfo(found.more(), offset > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
    }

    public @NonNull List<@NonNull SearchEdge<N>> getEdges() {
        return edges;
    }

    @Description("The nodes of the edges, best first")
    public @NonNull List<@NonNull N> getNodes() {
        return edges.stream().map(SearchEdge::node).toList();
    }

    public @NonNull PageInfo getPageInfo() {
        return pageInfo;
    }
}
