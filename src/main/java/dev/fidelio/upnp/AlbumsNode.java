package dev.fidelio.upnp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumStats;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Sort;

/**
 * Albums that pass a filter, paged by the database: all of them A–Z, by year, the recently added (at most
 * {@code limit}), those of an artist, of a genre, in high resolution.
 */
final class AlbumsNode extends Node {

    private final Catalog catalog;
    private final Entry.Container description;
    private final ListFilter filter;
    private final Sort order;
    private final Integer limit;

    AlbumsNode(Catalog catalog, Entry.Container description, ListFilter filter, Sort order, Integer limit) {
        super(description.id(), description.parentId());
        this.catalog = catalog;
        this.description = description;
        this.filter = filter;
        this.order = order;
        this.limit = limit;
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return description;
    }

    @Override
    long count(RequestContext context) {
        long count = catalog.albums().count(context.visible(), 0, filter);
        return limit == null ? count : Math.min(count, limit);
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        if (limit != null && window.offset() >= limit) {
            return List.of();
        }
        Window capped = limit == null ? window : new Window(window.offset(), (int) Math.min(window.count(), limit - window.offset()));
        // A capped list (the most recent) keeps its own order: re-sorting it would show other albums.
        Sort sort = limit == null ? sorting.sort(order, true) : order;
        List<AlbumItem> albums = catalog.albums().page(context.visible(), 0, filter, sort, capped.page()).items();
        Map<UUID, AlbumStats> stats = catalog.albums().stats(context.visible(), albums.stream().map(AlbumItem::id).toList());
        return albums.stream().map(a -> (Entry) AlbumNode.entry(childId(a.id()), id, a,
                stats.containsKey(a.id()) ? stats.get(a.id()).trackCount() : null)).toList();
    }

    @Override
    Optional<Node> child(RequestContext context, String segment) {
        return uuid(segment).map(albumId -> catalog.albums().byIds(context.visible(), List.of(albumId)).get(albumId))
                .map(album -> new AlbumNode(childId(album.id()), id, catalog, album));
    }
}
