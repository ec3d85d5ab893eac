package dev.fidelio.upnp;

import java.util.List;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.Performance;
import dev.fidelio.library.TrackItem;

/** One recording of a work: its movements, in order, as the album holds them. */
final class PerformanceNode extends TrackListNode {

    private final Catalog catalog;
    private final Performance performance;
    private final String title;
    private final AlbumItem album;

    PerformanceNode(String id, String parentId, Catalog catalog, Performance performance, String title, AlbumItem album) {
        super(id, parentId);
        this.catalog = catalog;
        this.performance = performance;
        this.title = title;
        this.album = album;
    }

    static Entry.Container entry(String id, String parentId, String title, AlbumItem album, int movements) {
        return new Entry.Container(id, parentId, title, ALBUM, movements, album == null ? null : album.artistDisplay(),
                album == null ? null : album.year(), album != null && album.hasCover() ? album.id() : null);
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return entry(id, parentId, title, album, performance.trackIds().size());
    }

    @Override
    List<TrackItem> load(RequestContext context) {
        return List.copyOf(catalog.tracks().byIds(context.visible(), performance.trackIds()).values());
    }
}
