package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A container of the browse tree at one place: its object ID is its path from the root ({@code albums/az/<album id>}),
 * so the same album or track has one ID per place it is shown, each with its own parent, as UPnP requires.
 */
abstract class Node {

    static final String ARTIST = "object.container.person.musicArtist";
    static final String ALBUM = "object.container.album.musicAlbum";
    static final String GENRE = "object.container.genre.musicGenre";
    static final String FOLDER = "object.container.storageFolder";
    static final String PLAYLIST = "object.container.playlistContainer";

    final String id;
    final String parentId;

    Node(String id, String parentId) {
        this.id = id;
        this.parentId = parentId;
    }

    /** This container as its parent lists it (BrowseMetadata). */
    abstract Entry.Container describe(RequestContext context);

    /** How many children it has: TotalMatches of BrowseDirectChildren. */
    abstract long count(RequestContext context);

    abstract List<Entry> children(RequestContext context, Window window, Sorting sorting);

    /** The child container named by one more segment of an object ID, if there is one. */
    Optional<Node> child(RequestContext context, String segment) {
        return Optional.empty();
    }

    /** The track named by the last segment of an object ID, if this container holds it. */
    Optional<Entry.Track> track(RequestContext context, String segment) {
        return Optional.empty();
    }

    String childId(Object key) {
        return id + "/" + key;
    }

    static Optional<UUID> uuid(String segment) {
        try {
            return segment.length() == 36 ? Optional.of(UUID.fromString(segment)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
