package dev.fidelio.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.FolderQueries;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.Libraries;
import dev.fidelio.library.LibraryItem;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.library.WorkQueries;
import dev.fidelio.stream.MediaUrls;
import dev.fidelio.stream.StreamVariants;

@GraphQLApi
public class TrackFields {

    private final Caller caller;
    private final TrackQueries tracks;
    private final AlbumQueries albums;
    private final WorkQueries works;
    private final GenreQueries genres;
    private final FolderQueries folders;
    private final Libraries libraries;
    private final MediaUrls urls;
    private final StreamVariants variants;
    private final UserDataLoader userData;

    TrackFields(Caller caller, TrackQueries tracks, AlbumQueries albums, WorkQueries works, GenreQueries genres, FolderQueries folders,
            Libraries libraries, MediaUrls urls, StreamVariants variants, UserDataLoader userData) {
        this.caller = caller;
        this.tracks = tracks;
        this.albums = albums;
        this.works = works;
        this.genres = genres;
        this.folders = folders;
        this.libraries = libraries;
        this.urls = urls;
        this.variants = variants;
        this.userData = userData;
    }

    public List<AlbumNode> album(@Source List<TrackNode> trackNodes) {
        return Batch.map(trackNodes, t -> t.item().albumId(), ids -> albums.byIds(caller.visible(), ids), AlbumNode::new, null);
    }

    @Description("The track's artists (credits with the role ARTIST), in their order")
    public List<@NonNull List<@NonNull ArtistNode>> artists(@Source List<TrackNode> trackNodes) {
        return Batch.map(trackNodes, t -> t.item().id(), tracks::credits,
                credits -> credits.stream().filter(c -> c.role() == ArtistRole.ARTIST).map(c -> new ArtistNode(c.artist())).toList(), List.of());
    }

    @Description("Everyone credited on the track: artists, composers, conductors, ensembles, performers with instruments, …")
    public List<@NonNull List<@NonNull CreditType>> credits(@Source List<TrackNode> trackNodes) {
        return Batch.lists(trackNodes, t -> t.item().id(), tracks::credits, CreditType::of);
    }

    public List<@NonNull List<@NonNull GenreNode>> genres(@Source List<TrackNode> trackNodes) {
        return Batch.lists(trackNodes, t -> t.item().id(), genres::ofTracks, GenreNode::new);
    }

    @Description("The work this track records a movement (or the whole) of")
    public List<WorkNode> work(@Source List<TrackNode> trackNodes) {
        return Batch.map(trackNodes, t -> t.item().workId(), ids -> works.byIds(caller.visible(), ids), WorkNode::new, null);
    }

    @Description("The folder holding the file")
    public List<FolderNode> folder(@Source List<TrackNode> trackNodes) {
        return Batch.map(trackNodes, t -> t.item().folderId(), ids -> folders.byIds(caller.visible(), ids), FolderNode::new, null);
    }

    public List<@NonNull LibraryType> library(@Source List<TrackNode> trackNodes) {
        Map<Long, LibraryItem> byId = libraries(caller.visible());
        return trackNodes.stream().map(t -> LibraryType.of(byId.get(t.item().libraryId()), caller.isAdmin())).toList();
    }

    @Description("Every tag as read from the file, in file order (ask only when needed: it can be large)")
    public List<@NonNull List<@NonNull TagType>> rawTags(@Source List<TrackNode> trackNodes) {
        return Batch.map(trackNodes, t -> t.item().id(), tracks::rawTags,
                tags -> tags.entrySet().stream().map(e -> new TagType(e.getKey(), e.getValue())).toList(), List.of());
    }

    @Description("The original, bit-perfect, and the conversions offered for it, each with a signed URL and its signal path")
    public List<@NonNull List<@NonNull StreamVariantType>> streamVariants(@Source List<TrackNode> trackNodes) {
        Map<Long, LibraryItem> byId = libraries(caller.visible());
        return trackNodes.stream().map(t -> variants.of(t.item(), byId.get(t.item().libraryId())).stream().map(StreamVariantType::of).toList())
                .toList();
    }

    @Description("The track's embedded picture or its album's cover; null when there is none")
    public List<List<@NonNull ImageType>> coverArt(@Source List<TrackNode> trackNodes) {
        return trackNodes.stream().map(t -> t.item().hasCover() ? urls.artSizes(t.item().id()).stream().map(ImageType::of).toList() : null)
                .toList();
    }

    public List<@NonNull UserData> userData(@Source List<TrackNode> trackNodes) {
        return userData.of(ItemKind.track, trackNodes, t -> t.item().id());
    }

    private Map<Long, LibraryItem> libraries(VisibleLibraries visible) {
        return libraries.visible(visible).stream().collect(Collectors.toMap(LibraryItem::id, Function.identity()));
    }
}
