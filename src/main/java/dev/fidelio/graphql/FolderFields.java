package dev.fidelio.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.fidelio.library.FolderQueries;
import dev.fidelio.library.GenreItem;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.Playlists;
import dev.fidelio.library.TrackQueries;

/** The folder tree, genres' counts and playlists' tracks, loaded per batch. */
@GraphQLApi
public class FolderFields {

    private final Caller caller;
    private final FolderQueries folders;
    private final TrackQueries tracks;
    private final GenreQueries genres;
    private final Playlists playlists;

    FolderFields(Caller caller, FolderQueries folders, TrackQueries tracks, GenreQueries genres, Playlists playlists) {
        this.caller = caller;
        this.folders = folders;
        this.tracks = tracks;
        this.genres = genres;
        this.playlists = playlists;
    }

    @Description("Null for a library's root")
    public List<FolderNode> parent(@Source List<FolderNode> folderNodes) {
        return Batch.map(folderNodes, f -> f.item().parentId(), ids -> folders.byIds(caller.visible(), ids), FolderNode::new, null);
    }

    @Description("Subfolders, by name")
    public List<@NonNull List<@NonNull FolderNode>> children(@Source List<FolderNode> folderNodes) {
        return Batch.lists(folderNodes, f -> f.item().id(), ids -> folders.children(caller.visible(), ids), FolderNode::new);
    }

    @Description("The tracks directly in this folder, by file name")
    public List<@NonNull List<@NonNull TrackNode>> tracks(@Source List<FolderNode> folderNodes) {
        return Batch.lists(folderNodes, f -> f.item().id(), ids -> tracks.ofFolders(caller.visible(), ids), TrackNode::new);
    }

    @Description("Tracks of this genre the caller can see")
    public List<@NonNull Integer> trackCount(@Source List<GenreNode> genreNodes) {
        return counts(genreNodes).stream().map(GenreItem.Counts::tracks).toList();
    }

    @Description("Albums with a track of this genre the caller can see")
    public List<@NonNull Integer> albumCount(@Source List<GenreNode> genreNodes) {
        return counts(genreNodes).stream().map(GenreItem.Counts::albums).toList();
    }

    @Description("The playlist's tracks the caller can see now, in playlist order; a track listed twice comes twice")
    @Name("tracks")
    public List<@NonNull List<@NonNull TrackNode>> playlistTracks(@Source List<PlaylistNode> playlistNodes) {
        var entries = playlists.entries(caller.visible(), Batch.ids(playlistNodes, p -> p.item().id()));
        java.util.Set<java.util.UUID> all = new java.util.LinkedHashSet<>();
        entries.values().forEach(all::addAll);
        var found = tracks.byIds(caller.visible(), all);
        return playlistNodes.stream().map(p -> entries.getOrDefault(p.item().id(), List.of()).stream().filter(found::containsKey)
                .map(id -> new TrackNode(found.get(id))).toList()).toList();
    }

    private List<GenreItem.Counts> counts(List<GenreNode> genreNodes) {
        return Batch.map(genreNodes, g -> g.item().id(), ids -> genres.counts(caller.visible(), ids), c -> c, GenreItem.Counts.NONE);
    }
}
