package dev.fidelio.upnp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.Performance;
import dev.fidelio.library.WorkItem;

/**
 * A work: its recordings, one per album, oldest first, each named by who performed it and when
 * ("Tomáš Hrubý, Prague Riverside Philharmonic (2019)") and opening to its movements.
 */
final class WorkNode extends Node {

    private final Catalog catalog;
    private final WorkItem work;
    private List<Performance> performances;

    WorkNode(String id, String parentId, Catalog catalog, WorkItem work) {
        super(id, parentId);
        this.catalog = catalog;
        this.work = work;
    }

    static Entry.Container entry(String id, String parentId, WorkItem work) {
        return Entry.Container.plain(id, parentId, WorksNode.title(work));
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return entry(id, parentId, work);
    }

    @Override
    long count(RequestContext context) {
        return performances(context).size();
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        List<Performance> page = window.slice(performances(context));
        Map<UUID, AlbumItem> albums = catalog.albums().byIds(context.visible(), page.stream().map(Performance::albumId).toList());
        List<Entry> entries = new ArrayList<>();
        for (Performance p : page) {
            entries.add(PerformanceNode.entry(childId(p.albumId()), id, title(p, albums.get(p.albumId())), albums.get(p.albumId()),
                    p.trackIds().size()));
        }
        return entries;
    }

    @Override
    Optional<Node> child(RequestContext context, String segment) {
        return uuid(segment).flatMap(albumId -> performances(context).stream().filter(p -> p.albumId().equals(albumId)).findFirst())
                .map(p -> {
                    AlbumItem album = catalog.albums().byIds(context.visible(), List.of(p.albumId())).get(p.albumId());
                    return new PerformanceNode(childId(p.albumId()), id, catalog, p, title(p, album), album);
                });
    }

    private List<Performance> performances(RequestContext context) {
        if (performances == null) {
            performances = catalog.works().performances(context.visible(), List.of(work.id())).getOrDefault(work.id(), List.of());
        }
        return performances;
    }

    static String title(Performance p, AlbumItem album) {
        List<String> names = Stream.concat(Stream.concat(p.conductors().stream(), p.ensembles().stream()),
                p.soloists().stream().map(c -> c.artist())).map(ArtistItem::name).distinct().toList();
        String who = names.isEmpty() ? (album == null || album.title() == null ? "" : album.title()) : String.join(", ", names);
        return album != null && album.year() != null ? who + " (" + album.year() + ")" : who;
    }
}
