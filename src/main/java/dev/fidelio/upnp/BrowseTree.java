package dev.fidelio.upnp;

import java.util.List;
import java.util.Optional;

import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Sort;
import dev.fidelio.library.SortKey;

/**
 * The ContentDirectory's tree: the root lists the configured indexes; every object ID is a path from there, and is
 * resolved one segment at a time, each container knowing its own children. Every index can be reached by its ID even
 * when the root does not list it, so the IDs a Search returns always browse.
 */
final class BrowseTree {

    static final String ROOT = "0";
    static final String ALBUMS_A_Z = "a-z";
    static final int RECENT_ALBUMS = 100;

    private static final Sort BY_SORT_NAME = new Sort(SortKey.SORT_NAME, false);
    private static final Sort BY_YEAR = new Sort(SortKey.YEAR, false);
    private static final Sort NEWEST_FIRST = new Sort(SortKey.ADDED, true);

    /** What an object ID names: a container, or a track at one place of the tree. */
    sealed interface Found {
        record Container(Node node) implements Found {
        }

        record Track(Entry.Track track) implements Found {
        }
    }

    private final Catalog catalog;
    private final String title;
    private final List<Index> indexes;

    BrowseTree(Catalog catalog, String title, List<Index> indexes) {
        this.catalog = catalog;
        this.title = title;
        this.indexes = List.copyOf(indexes);
    }

    Optional<Found> find(RequestContext context, String objectId) {
        if (objectId.equals(ROOT)) {
            return Optional.of(new Found.Container(root()));
        }
        String[] segments = objectId.split("/", -1);
        Optional<Node> node = Index.byId(segments[0]).map(i -> index(i, ROOT));
        for (int i = 1; i < segments.length && node.isPresent(); i++) {
            Node parent = node.get();
            node = parent.child(context, segments[i]);
            if (node.isEmpty() && i == segments.length - 1) {
                return parent.track(context, segments[i]).map(Found.Track::new);
            }
        }
        return node.map(Found.Container::new);
    }

    private Node root() {
        return new FixedNode(Entry.Container.plain(ROOT, "-1", title), indexes.stream().map(i -> i.id).toList(),
                id -> Index.byId(id).map(i -> index(i, ROOT)));
    }

    /** The ID under which search results of each kind are shown: albums A–Z, all artists. */
    static String albumId(java.util.UUID albumId) {
        return Index.ALBUMS.id + "/" + ALBUMS_A_Z + "/" + albumId;
    }

    static String artistId(java.util.UUID artistId) {
        return Index.ARTISTS.id + "/" + artistId;
    }

    private Node index(Index index, String parentId) {
        String id = index.id;
        return switch (index) {
            case ARTISTS -> artists(id, parentId, index.title, ListFilter.NONE.withRole(ArtistRole.ARTIST), this::albumsCreditedTo);
            case ALBUM_ARTISTS -> artists(id, parentId, index.title, ListFilter.NONE.withRole(ArtistRole.ALBUM_ARTIST), this::albumsOf);
            case COMPOSERS -> artists(id, parentId, index.title, ListFilter.NONE.withRole(ArtistRole.COMPOSER),
                    (composer, artist) -> new WorksNode(catalog, composer, ListFilter.NONE.withComposer(artist.id())));
            case CONDUCTORS -> artists(id, parentId, index.title, ListFilter.NONE.withRole(ArtistRole.CONDUCTOR), this::albumsCreditedTo);
            case ENSEMBLES -> artists(id, parentId, index.title, ListFilter.NONE.withRole(ArtistRole.ENSEMBLE), this::albumsCreditedTo);
            case PERFORMERS -> artists(id, parentId, index.title, ListFilter.NONE.withRole(ArtistRole.PERFORMER), this::albumsCreditedTo);
            case ALBUMS -> new FixedNode(Entry.Container.plain(id, parentId, index.title), List.of(ALBUMS_A_Z, "by-year", "recently-added"),
                    segment -> Optional.of(switch (segment) {
                        case ALBUMS_A_Z -> albums(id + "/" + segment, id, "A–Z", ListFilter.NONE, BY_SORT_NAME, null);
                        case "by-year" -> albums(id + "/" + segment, id, "By Year", ListFilter.NONE, BY_YEAR, null);
                        default -> albums(id + "/" + segment, id, "Recently Added", ListFilter.NONE, NEWEST_FIRST, RECENT_ALBUMS);
                    }));
            case GENRES -> new GenresNode(id, parentId, index.title, catalog, (genre, item) -> new FixedNode(genre, List.of("artists", "albums"),
                    segment -> Optional.of(segment.equals("artists")
                            ? new ArtistsNode(genre.id() + "/artists", genre.id(), "Artists",
                                    catalog, ListFilter.NONE.withGenre(item.id()).withRole(ArtistRole.ALBUM_ARTIST),
                                    (artist, a) -> new AlbumsNode(catalog, artist, ListFilter.NONE.withGenre(item.id()).withAlbumArtist(a.id()), BY_YEAR, null))
                            : albums(genre.id() + "/albums", genre.id(), "Albums", ListFilter.NONE.withGenre(item.id()), BY_SORT_NAME, null))));
            case FOLDERS -> new FolderNode(parentId, index.title, catalog, null);
            case PLAYLISTS -> new PlaylistsNode(id, parentId, index.title, catalog);
            case HI_RES -> albums(id, parentId, index.title, ListFilter.NONE.withHiRes(), BY_SORT_NAME, null);
            case RECENTLY_ADDED -> albums(id, parentId, index.title, ListFilter.NONE, NEWEST_FIRST, RECENT_ALBUMS);
        };
    }

    private ArtistsNode artists(String id, String parentId, String title, ListFilter filter,
            java.util.function.BiFunction<Entry.Container, ArtistItem, Node> opens) {
        return new ArtistsNode(id, parentId, title, catalog, filter, opens);
    }

    private AlbumsNode albums(String id, String parentId, String title, ListFilter filter, Sort order, Integer limit) {
        return new AlbumsNode(catalog, Entry.Container.plain(id, parentId, title), filter, order, limit);
    }

    /** An artist's albums as album artist, oldest first. */
    private Node albumsOf(Entry.Container artist, ArtistItem item) {
        return new AlbumsNode(catalog, artist, ListFilter.NONE.withAlbumArtist(item.id()), BY_YEAR, null);
    }

    /** The albums an artist plays on in any part, oldest first. */
    private Node albumsCreditedTo(Entry.Container artist, ArtistItem item) {
        return new AlbumsNode(catalog, artist, ListFilter.NONE.withCreditedArtist(item.id()), BY_YEAR, null);
    }
}
