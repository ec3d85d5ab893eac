package dev.fidelio.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.FolderQueries;
import dev.fidelio.library.GenreItem;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.NodeKind;
import dev.fidelio.library.Nodes;
import dev.fidelio.library.PageRequest;
import dev.fidelio.library.Playlists;
import dev.fidelio.library.Sort;
import dev.fidelio.library.SortKey;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.WorkQueries;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Context;

/** The library as the caller may see it: items by id, and listings paged by cursor. */
@GraphQLApi
@Authenticated
public class BrowseApi {

    private final Caller caller;
    private final Nodes nodes;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final WorkQueries works;
    private final GenreQueries genres;
    private final FolderQueries folders;
    private final Playlists playlists;
    private final Context context;

    BrowseApi(Caller caller, Nodes nodes, ArtistQueries artists, AlbumQueries albums, TrackQueries tracks, WorkQueries works,
            GenreQueries genres, FolderQueries folders, Playlists playlists, Context context) {
        this.caller = caller;
        this.nodes = nodes;
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
        this.works = works;
        this.genres = genres;
        this.folders = folders;
        this.playlists = playlists;
        this.context = context;
    }

    @Query
    @Description("The artist, album, track, work, folder or playlist with this id")
    public Node node(@NonNull @Id String id) {
        UUID uuid = Ids.uuid(id);
        return nodes.kindOf(uuid).map(kind -> find(kind, uuid)).orElseThrow(() -> new NotFoundException("item", id));
    }

    @Query
    public @NonNull ArtistNode artist(@NonNull @Id String id) {
        return required(NodeKind.ARTIST, id, ArtistNode.class);
    }

    @Query
    public @NonNull AlbumNode album(@NonNull @Id String id) {
        return required(NodeKind.ALBUM, id, AlbumNode.class);
    }

    @Query
    public @NonNull TrackNode track(@NonNull @Id String id) {
        return required(NodeKind.TRACK, id, TrackNode.class);
    }

    @Query
    public @NonNull WorkNode work(@NonNull @Id String id) {
        return required(NodeKind.WORK, id, WorkNode.class);
    }

    @Query
    public @NonNull FolderNode folder(@NonNull @Id String id) {
        return required(NodeKind.FOLDER, id, FolderNode.class);
    }

    @Query
    public @NonNull GenreNode genre(@NonNull @Id String id) {
        UUID uuid = Ids.uuid(id);
        GenreItem genre = genres.byIds(caller.visible(), Set.of(uuid)).get(uuid);
        if (genre == null) {
            throw new NotFoundException("genre", id);
        }
        return new GenreNode(genre);
    }

    @Query
    public @NonNull PlaylistNode playlist(@NonNull @Id String id) {
        return required(NodeKind.PLAYLIST, id, PlaylistNode.class);
    }

    @Query
    @Description("Artists, by default every one that appears anywhere; filter.role keeps those with that part")
    public @NonNull Connection<ArtistNode> artists(Integer first, String after, ListFilterInput filter, SortKey sort, Boolean descending) {
        ListFilter f = ListFilterInput.toFilter(filter);
        return new Connection<>(artists.page(caller.visible(), caller.userId(), f, Sort.of(sort, descending), PageRequest.of(first, after)),
                ArtistNode::new, total(() -> artists.count(caller.visible(), caller.userId(), f)));
    }

    @Query
    public @NonNull Connection<AlbumNode> albums(Integer first, String after, ListFilterInput filter, SortKey sort, Boolean descending) {
        return albumPage(first, after, filter, Sort.of(sort, descending));
    }

    @Query
    @Description("Albums, newest in the library first")
    public @NonNull Connection<AlbumNode> recentlyAddedAlbums(Integer first, String after, ListFilterInput filter) {
        return albumPage(first, after, filter, new Sort(SortKey.ADDED, true));
    }

    @Query
    @Description("Albums the caller played most first")
    public @NonNull Connection<AlbumNode> mostPlayedAlbums(Integer first, String after, ListFilterInput filter) {
        return albumPage(first, after, filter, new Sort(SortKey.PLAY_COUNT, true));
    }

    @Query
    public @NonNull Connection<TrackNode> tracks(Integer first, String after, ListFilterInput filter, SortKey sort, Boolean descending) {
        return trackPage(first, after, filter, Sort.of(sort, descending));
    }

    @Query
    @Description("Tracks, newest in the library first")
    public @NonNull Connection<TrackNode> recentlyAddedTracks(Integer first, String after, ListFilterInput filter) {
        return trackPage(first, after, filter, new Sort(SortKey.ADDED, true));
    }

    @Query
    @Description("Tracks the caller played most first")
    public @NonNull Connection<TrackNode> mostPlayedTracks(Integer first, String after, ListFilterInput filter) {
        return trackPage(first, after, filter, new Sort(SortKey.PLAY_COUNT, true));
    }

    @Query
    public @NonNull Connection<WorkNode> works(Integer first, String after, ListFilterInput filter, SortKey sort, Boolean descending) {
        ListFilter f = ListFilterInput.toFilter(filter);
        return new Connection<>(works.page(caller.visible(), caller.userId(), f, Sort.of(sort, descending), PageRequest.of(first, after)),
                WorkNode::new, total(() -> works.count(caller.visible(), caller.userId(), f)));
    }

    @Query
    public @NonNull Connection<GenreNode> genres(Integer first, String after, ListFilterInput filter, SortKey sort, Boolean descending) {
        ListFilter f = ListFilterInput.toFilter(filter);
        return new Connection<>(genres.page(caller.visible(), f, Sort.of(sort, descending), PageRequest.of(first, after)), GenreNode::new,
                total(() -> genres.count(caller.visible(), f)));
    }

    @Query
    @Description("The subfolders of a folder by name, or without parent the root folder of each library")
    public @NonNull Connection<FolderNode> folders(@Id String parent, Integer first, String after, ListFilterInput filter,
            @DefaultValue("NAME") SortKey sort, Boolean descending) {
        Sort order = Sort.of(sort, descending);
        ListFilter f = ListFilterInput.toFilter(filter);
        UUID parentId = parent == null ? null : Ids.uuid(parent);
        return new Connection<>(folders.page(caller.visible(), parentId, f, order, PageRequest.of(first, after)), FolderNode::new,
                total(() -> folders.count(caller.visible(), parentId, f)));
    }

    @Query
    @Description("The caller's playlists and everyone's public ones, by name")
    public @NonNull List<@NonNull PlaylistNode> playlists() {
        return playlists.readableBy(caller.userId()).stream().map(PlaylistNode::new).toList();
    }

    private Connection<AlbumNode> albumPage(Integer first, String after, ListFilterInput filter, Sort sort) {
        ListFilter f = ListFilterInput.toFilter(filter);
        return new Connection<>(albums.page(caller.visible(), caller.userId(), f, sort, PageRequest.of(first, after)), AlbumNode::new,
                total(() -> albums.count(caller.visible(), caller.userId(), f)));
    }

    private Connection<TrackNode> trackPage(Integer first, String after, ListFilterInput filter, Sort sort) {
        ListFilter f = ListFilterInput.toFilter(filter);
        return new Connection<>(tracks.page(caller.visible(), caller.userId(), f, sort, PageRequest.of(first, after)), TrackNode::new,
                total(() -> tracks.count(caller.visible(), caller.userId(), f)));
    }

    /** Counts only when the query selects totalCount: a count can cost as much as the page itself. */
    private Long total(LongSupplier count) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains("totalCount") ? count.getAsLong() : null;
    }

    /** The item of that kind the caller may see, or null: unknown and hidden ids look alike. */
    private Node find(NodeKind kind, UUID id) {
        Set<UUID> ids = Set.of(id);
        return switch (kind) {
            case ARTIST -> wrap(artists.byIds(caller.visible(), ids), ArtistNode::new);
            case ALBUM -> wrap(albums.byIds(caller.visible(), ids), AlbumNode::new);
            case TRACK -> wrap(tracks.byIds(caller.visible(), ids), TrackNode::new);
            case WORK -> wrap(works.byIds(caller.visible(), ids), WorkNode::new);
            case FOLDER -> wrap(folders.byIds(caller.visible(), ids), FolderNode::new);
            case PLAYLIST -> wrap(playlists.readableBy(caller.userId(), ids), PlaylistNode::new);
        };
    }

    private <N extends Node> N required(NodeKind kind, String id, Class<N> type) {
        Node node = find(kind, Ids.uuid(id));
        if (node == null) {
            throw new NotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT), id);
        }
        return type.cast(node);
    }

    private static <V> Node wrap(Map<UUID, V> found, java.util.function.Function<V, ? extends Node> wrap) {
        return found.values().stream().findFirst().map(wrap).orElse(null);
    }
}
