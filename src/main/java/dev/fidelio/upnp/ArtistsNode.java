package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Sort;
import dev.fidelio.library.SortKey;

/**
 * Artists in one part (album artists, track artists, composers, conductors, ensembles, performers), optionally of one
 * genre, paged by the database by sort name. What an artist opens to is the index's choice: albums, or works.
 */
final class ArtistsNode extends Node {

    private static final Sort BY_SORT_NAME = new Sort(SortKey.SORT_NAME, false);

    private final Catalog catalog;
    private final String title;
    private final ListFilter filter;
    /** The artist's own container, given its object ID and parent's. */
    private final BiFunction<Entry.Container, ArtistItem, Node> opens;

    ArtistsNode(String id, String parentId, String title, Catalog catalog, ListFilter filter, BiFunction<Entry.Container, ArtistItem, Node> opens) {
        super(id, parentId);
        this.catalog = catalog;
        this.title = title;
        this.filter = filter;
        this.opens = opens;
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return Entry.Container.plain(id, parentId, title);
    }

    @Override
    long count(RequestContext context) {
        return catalog.artists().count(context.visible(), 0, filter);
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        return catalog.artists().page(context.visible(), 0, filter, sorting.sort(BY_SORT_NAME, false), window.page()).items().stream()
                .map(a -> (Entry) entry(a)).toList();
    }

    @Override
    Optional<Node> child(RequestContext context, String segment) {
        return uuid(segment).map(artistId -> catalog.artists().byIds(context.visible(), List.of(artistId)).get(artistId))
                .map(artist -> opens.apply(entry(artist), artist));
    }

    private Entry.Container entry(ArtistItem artist) {
        return new Entry.Container(childId(artist.id()), id, artist.name(), ARTIST, null, null, null, null);
    }
}
