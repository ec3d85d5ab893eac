package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;

import dev.fidelio.library.TrackItem;

/**
 * A container of tracks short enough to load whole (an album, a performance, a playlist): sorted and sliced here.
 * Nodes live for one request, so the tracks are loaded once for its count and its page.
 */
abstract class TrackListNode extends Node {

    private List<TrackItem> loaded;

    TrackListNode(String id, String parentId) {
        super(id, parentId);
    }

    abstract List<TrackItem> load(RequestContext context);

    final List<TrackItem> tracks(RequestContext context) {
        if (loaded == null) {
            loaded = load(context);
        }
        return loaded;
    }

    @Override
    long count(RequestContext context) {
        return tracks(context).size();
    }

    @Override
    List<Entry> children(RequestContext context, Window window, Sorting sorting) {
        return window.slice(sorting.tracks(tracks(context))).stream().map(t -> (Entry) new Entry.Track(childId(t.id()), id, t)).toList();
    }

    @Override
    Optional<Entry.Track> track(RequestContext context, String segment) {
        return uuid(segment).flatMap(trackId -> tracks(context).stream().filter(t -> t.id().equals(trackId)).findFirst())
                .map(t -> new Entry.Track(childId(t.id()), id, t));
    }
}
