package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;

import dev.fidelio.library.PlaylistItem;
import dev.fidelio.library.TrackItem;

/**
 * The public playlists (UPnP has no user, so nobody's private ones), by name; each opens to the tracks of it that lie
 * in the served libraries.
 */
final class PlaylistsNode extends Node {

    /** No account: only what every account may read. */
    private static final long NOBODY = 0;

    private final Catalog catalog;
    private final String title;

    PlaylistsNode(String id, String parentId, String title, Catalog catalog) {
        super(id, parentId);
        this.catalog = catalog;
        this.title = title;
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return Entry.Container.plain(id, parentId, title);
    }

    @Override
    long count(RequestContext context) {
        return catalog.playlists().readableBy(NOBODY).size();
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        return window.slice(catalog.playlists().readableBy(NOBODY)).stream().map(p -> (Entry) entry(p)).toList();
    }

    @Override
    Optional<Node> child(RequestContext context, String segment) {
        return uuid(segment).map(playlistId -> catalog.playlists().readableBy(NOBODY, List.of(playlistId)).get(playlistId))
                .map(playlist -> new TrackListNode(childId(playlist.id()), id) {
                    @Override
                    Entry.Container describe(RequestContext c) {
                        return entry(playlist);
                    }

                    @Override
                    List<TrackItem> load(RequestContext c) {
                        List<java.util.UUID> ids = catalog.playlists().entries(c.visible(), List.of(playlist.id())).getOrDefault(playlist.id(), List.of());
                        return List.copyOf(catalog.tracks().byIds(c.visible(), ids).values());
                    }
                });
    }

    private Entry.Container entry(PlaylistItem playlist) {
        return new Entry.Container(childId(playlist.id()), id, playlist.name(), PLAYLIST, null, null, null, null);
    }
}
