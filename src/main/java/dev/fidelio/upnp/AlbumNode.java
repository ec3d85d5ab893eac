package dev.fidelio.upnp;

import java.util.List;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.TrackItem;

/** One album: its tracks in disc and track order. */
final class AlbumNode extends TrackListNode {

    private final Catalog catalog;
    private final AlbumItem album;

    AlbumNode(String id, String parentId, Catalog catalog, AlbumItem album) {
        super(id, parentId);
        this.catalog = catalog;
        this.album = album;
    }

    static Entry.Container entry(String id, String parentId, AlbumItem album, Integer trackCount) {
        return new Entry.Container(id, parentId, album.title() == null ? "" : album.title(), ALBUM, trackCount, album.artistDisplay(),
                album.year(), album.hasCover() ? album.id() : null);
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return entry(id, parentId, album, (int) count(context));
    }

    @Override
    List<TrackItem> load(RequestContext context) {
        return catalog.tracks().ofAlbums(context.visible(), List.of(album.id())).getOrDefault(album.id(), List.of());
    }
}
