package dev.fidelio.upnp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.fidelio.library.FolderItem;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Sort;
import dev.fidelio.library.TrackItem;

/**
 * A directory of the music folders: its subfolders (paged by the database, by name), then its tracks (by file name).
 * Folders have flat IDs ({@code folders/<id>}); the tree above one is known from the folder itself.
 */
final class FolderNode extends Node {

    static final String ROOT = "folders";

    private final Catalog catalog;
    private final FolderItem folder;
    private final String title;
    private List<TrackItem> tracks;

    /** {@code folder} null: the music folders' roots. */
    FolderNode(String parentId, String title, Catalog catalog, FolderItem folder) {
        super(folder == null ? ROOT : ROOT + "/" + folder.id(), parentId);
        this.catalog = catalog;
        this.folder = folder;
        this.title = title;
    }

    static FolderNode of(Catalog catalog, FolderItem folder) {
        return new FolderNode(folder.parentId() == null ? ROOT : ROOT + "/" + folder.parentId(), folder.name(), catalog, folder);
    }

    @Override
    Entry.Container describe(RequestContext context) {
        return new Entry.Container(id, parentId, title, FOLDER, null, null, null, null);
    }

    @Override
    long count(RequestContext context) {
        return subfolders(context) + tracks(context).size();
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        long subfolders = subfolders(context);
        List<Entry> entries = new ArrayList<>();
        if (window.offset() < subfolders) {
            catalog.folders().page(context.visible(), folder == null ? null : folder.id(), ListFilter.NONE, Sort.BY_NAME, window.page()).items()
                    .forEach(f -> entries.add(of(catalog, f).describe(context)));
        }
        long trackOffset = Math.max(0, window.offset() - subfolders);
        int room = window.count() - entries.size();
        if (room > 0) {
            new Window(trackOffset, room).slice(tracks(context)).forEach(t -> entries.add(new Entry.Track(childId(t.id()), id, t)));
        }
        return entries;
    }

    /** Any folder, from the root: folder IDs are flat. */
    @Override
    Optional<Node> child(RequestContext context, String segment) {
        if (folder != null) {
            return Optional.empty();
        }
        return uuid(segment).map(folderId -> catalog.folders().byIds(context.visible(), List.of(folderId)).get(folderId))
                .map(f -> of(catalog, f));
    }

    @Override
    Optional<Entry.Track> track(RequestContext context, String segment) {
        return uuid(segment).flatMap(trackId -> tracks(context).stream().filter(t -> t.id().equals(trackId)).findFirst())
                .map(t -> new Entry.Track(childId(t.id()), id, t));
    }

    private long subfolders(RequestContext context) {
        return catalog.folders().count(context.visible(), folder == null ? null : folder.id(), ListFilter.NONE);
    }

    private List<TrackItem> tracks(RequestContext context) {
        if (tracks == null) {
            tracks = folder == null ? List.of() : catalog.tracks().ofFolders(context.visible(), List.of(folder.id())).getOrDefault(folder.id(), List.of());
        }
        return tracks;
    }
}
