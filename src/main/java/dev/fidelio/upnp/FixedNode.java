package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A container whose children are always the same few containers: the root, Albums (A–Z, by year, recent), a genre. */
final class FixedNode extends Node {

    private final Entry.Container description;
    private final List<String> segments;
    private final Function<String, Optional<Node>> children;

    /** {@code children} makes the child for one of {@code segments}. */
    FixedNode(Entry.Container description, List<String> segments, Function<String, Optional<Node>> children) {
        super(description.id(), description.parentId());
        this.description = description.withChildCount(segments.size());
        this.segments = List.copyOf(segments);
        this.children = children;
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return description;
    }

    @Override
    long count(RequestContext context) {
        return segments.size();
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        return window.slice(segments).stream().map(s -> children.apply(s).orElseThrow().describe(context)).map(Entry.class::cast).toList();
    }

    @Override
    Optional<Node> child(RequestContext context, String segment) {
        return segments.contains(segment) ? children.apply(segment) : Optional.empty();
    }
}
