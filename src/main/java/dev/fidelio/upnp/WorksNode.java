package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;

import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Sort;
import dev.fidelio.library.WorkItem;

/** A composer's works, by title; each opens to its performances. */
final class WorksNode extends Node {

    private final Catalog catalog;
    private final Entry.Container description;
    private final ListFilter filter;

    WorksNode(Catalog catalog, Entry.Container composer, ListFilter filter) {
        super(composer.id(), composer.parentId());
        this.catalog = catalog;
        this.description = composer;
        this.filter = filter;
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return description;
    }

    @Override
    long count(RequestContext context) {
        return catalog.works().count(context.visible(), 0, filter);
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        return catalog.works().page(context.visible(), 0, filter, sorting.sort(Sort.BY_NAME, false), window.page()).items().stream()
                .map(w -> (Entry) WorkNode.entry(childId(w.id()), id, w)).toList();
    }

    @Override
    Optional<Node> child(RequestContext context, String segment) {
        return uuid(segment).map(workId -> catalog.works().byIds(context.visible(), List.of(workId)).get(workId))
                .map(work -> new WorkNode(childId(work.id()), id, catalog, work));
    }

    static String title(WorkItem work) {
        return work.catalogue() == null || work.title().contains(work.catalogue()) ? work.title() : work.title() + ", " + work.catalogue();
    }
}
