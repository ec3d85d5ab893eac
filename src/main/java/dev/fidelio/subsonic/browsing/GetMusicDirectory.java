package dev.fidelio.subsonic.browsing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.FolderItem;
import dev.fidelio.library.FolderQueries;
import dev.fidelio.library.NodeKind;
import dev.fidelio.library.Nodes;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.AlbumEntries;
import dev.fidelio.subsonic.shapes.AlbumID3;
import dev.fidelio.subsonic.shapes.Artist;
import dev.fidelio.subsonic.shapes.ArtistEntries;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/**
 * What a directory of the folder view holds. A folder (from getIndexes or another directory) holds its subfolders
 * by name, then its songs by file name. The folder view's lists (getAlbumList, search2, getStarred) name artists and
 * albums by their own ids, so an artist's directory holds their albums and an album's its songs.
 */
@ApplicationScoped
public class GetMusicDirectory implements SubsonicMethod {

    record Directory(String id, String parent, String name, Instant starred, Integer userRating, Long playCount, List<Child> child) {
    }

    private final Listeners listeners;
    private final Nodes nodes;
    private final FolderQueries folders;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final ArtistEntries artistEntries;
    private final AlbumEntries albumEntries;
    private final SongEntries songs;

    GetMusicDirectory(Listeners listeners, Nodes nodes, FolderQueries folders, ArtistQueries artists, AlbumQueries albums,
            TrackQueries tracks, ArtistEntries artistEntries, AlbumEntries albumEntries, SongEntries songs) {
        this.listeners = listeners;
        this.nodes = nodes;
        this.folders = folders;
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
        this.artistEntries = artistEntries;
        this.albumEntries = albumEntries;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getMusicDirectory";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        UUID id = ItemIds.required(request, "id");
        Optional<Directory> directory = switch (nodes.kindOf(id).orElse(NodeKind.PLAYLIST)) {
            case FOLDER -> folder(listener, id);
            case ARTIST -> artist(listener, id);
            case ALBUM -> album(listener, id);
            default -> Optional.empty();
        };
        return Payload.of("directory", directory.orElseThrow(() -> ItemIds.notFound(id.toString())));
    }

    private Optional<Directory> folder(Listener listener, UUID id) {
        FolderItem folder = folders.byIds(listener.visible(), List.of(id)).get(id);
        if (folder == null) {
            return Optional.empty();
        }
        List<FolderItem> subfolders = folders.children(listener.visible(), List.of(id)).getOrDefault(id, List.of());
        Map<UUID, UUID> covers = folders.albumCovers(listener.visible(), subfolders.stream().map(FolderItem::id).toList());
        List<Child> children = new ArrayList<>();
        for (FolderItem sub : subfolders) {
            UUID cover = covers.get(sub.id());
            children.add(Child.folder(sub.id().toString(), id.toString(), sub.name(), cover == null ? null : cover.toString()));
        }
        children.addAll(songs.of(listener, tracks.ofFolders(listener.visible(), List.of(id)).getOrDefault(id, List.of())));
        return Optional.of(new Directory(id.toString(), folder.parentId() == null ? null : folder.parentId().toString(), folder.name(),
                null, null, null, children));
    }

    private Optional<Directory> artist(Listener listener, UUID id) {
        ArtistItem item = artists.byIds(listener.visible(), List.of(id)).get(id);
        if (item == null) {
            return Optional.empty();
        }
        Artist artist = artistEntries.forFolderView(listener, List.of(item)).get(0);
        List<AlbumItem> theirs = albums.ofArtistsInAnyRole(listener.visible(), List.of(id)).getOrDefault(id, List.of());
        return Optional.of(new Directory(artist.id(), null, artist.name(), artist.starred(), artist.userRating(), null,
                albumEntries.directories(listener, theirs)));
    }

    private Optional<Directory> album(Listener listener, UUID id) {
        AlbumItem item = albums.byIds(listener.visible(), List.of(id)).get(id);
        if (item == null) {
            return Optional.empty();
        }
        AlbumID3 album = albumEntries.of(listener, List.of(item)).get(0);
        return Optional.of(new Directory(album.id(), album.artistId(), album.name(), album.starred(), album.details().userRating(),
                album.playCount(), songs.of(listener, tracks.ofAlbums(listener.visible(), List.of(id)).getOrDefault(id, List.of()))));
    }
}
