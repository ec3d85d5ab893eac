package dev.fidelio.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.fidelio.library.Page;

/** A Relay connection: a page of nodes with their cursors; the total is counted only when the query selects it. */
public class Connection<N> {

    /** One node with the cursor that continues after it. */
    public record Edge<N>(@NonNull String cursor, @NonNull N node) {
    }

    private final List<Edge<N>> edges;
    private final PageInfo pageInfo;
    private final Long total;

    <I> Connection(Page<I> page, Function<I, N> wrap, Long total) {
        this.edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(page.cursors().get(i), wrap.apply(page.items().get(i))));
        }
        this.pageInfo = PageInfo.of(page);
        this.total = total;
    }

    public @NonNull List<@NonNull Edge<N>> getEdges() {
        return edges;
    }

    @Description("The nodes of the edges, for clients that need no cursors but the last")
    public @NonNull List<@NonNull N> getNodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public @NonNull PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("How many items the whole listing has (one more query)")
    public @NonNull Long getTotalCount() {
        return total;
    }
}
