package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.fidelio.library.GenreItem;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Sort;

/** The genres, by name; what a genre opens to (its artists and albums) is the tree's choice. */
final class GenresNode extends Node {

    private final Catalog catalog;
    private final String title;
    private final BiFunction<Entry.Container, GenreItem, Node> opens;

    GenresNode(String id, String parentId, String title, Catalog catalog, BiFunction<Entry.Container, GenreItem, Node> opens) {
        super(id, parentId);
        this.catalog = catalog;
        this.title = title;
        this.opens = opens;
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return Entry.Container.plain(id, parentId, title);
    }

    @Override
    long count(RequestContext context) {
        return catalog.genres().count(context.visible(), ListFilter.NONE);
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        return catalog.genres().page(context.visible(), ListFilter.NONE, sorting.sort(Sort.BY_NAME, false), window.page()).items().stream()
                .map(g -> (Entry) entry(g)).toList();
    }

    @Override
    Optional<Node> child(RequestContext context, String segment) {
        return uuid(segment).map(genreId -> catalog.genres().byIds(context.visible(), List.of(genreId)).get(genreId))
                .map(genre -> opens.apply(entry(genre), genre));
    }

    private Entry.Container entry(GenreItem genre) {
        return new Entry.Container(childId(genre.id()), id, genre.name(), GENRE, null, null, null, null);
    }
}
