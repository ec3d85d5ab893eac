package dev.fidelio.subsonic.browsing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.index.ScanMonitor;
import dev.fidelio.index.ScanStatus;
import dev.fidelio.library.FolderItem;
import dev.fidelio.library.FolderQueries;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.PageRequest;
import dev.fidelio.library.Sort;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Artist;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.NumberParameters;
import dev.fidelio.subsonic.shapes.SongEntries;

/**
 * The folder view's top level: the folders at the root of the caller's libraries (usually one per artist) by index
 * letter, and the songs lying at a root itself. {@code lastModified} is when the last scan ended (now while one
 * runs); asked {@code ifModifiedSince} that, nothing has changed and the lists are left empty.
 */
@ApplicationScoped
public class GetIndexes implements SubsonicMethod {

    record Indexes(long lastModified, String ignoredArticles, List<Artist> shortcut, List<Index> index, List<Child> child) {
    }

    record Index(String name, List<Artist> artist) {
    }

    private final Listeners listeners;
    private final FolderQueries folders;
    private final TrackQueries tracks;
    private final SongEntries songs;
    private final ScanMonitor scans;

    GetIndexes(Listeners listeners, FolderQueries folders, TrackQueries tracks, SongEntries songs, ScanMonitor scans) {
        this.listeners = listeners;
        this.folders = folders;
        this.tracks = tracks;
        this.songs = songs;
        this.scans = scans;
    }

    @Override
    public String name() {
        return "getIndexes";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        long lastModified = lastModified();
        if (NumberParameters.optional(request, "ifModifiedSince").filter(since -> since >= lastModified).isPresent()) {
            return Payload.of("indexes", new Indexes(lastModified, ArtistIndex.IGNORED_ARTICLES, List.of(), List.of(), List.of()));
        }
        List<UUID> roots = folders.page(listener.visible(), null, ListFilter.NONE, Sort.BY_NAME, new PageRequest(PageRequest.MAX_SIZE, null))
                .items().stream().map(FolderItem::id).toList();
        List<Artist> top = folders.children(listener.visible(), roots).values().stream().flatMap(List::stream)
                .map(folder -> new Artist(folder.id().toString(), folder.name(), null, null)).toList();
        List<Child> rootSongs = songs.of(listener, tracks.ofFolders(listener.visible(), roots).values().stream()
                .flatMap(List::stream).toList());
        return Payload.of("indexes", new Indexes(lastModified, ArtistIndex.IGNORED_ARTICLES, List.of(),
                ArtistIndex.of(top, Artist::name, Index::new), rootSongs));
    }

    private long lastModified() {
        return scans.current().map(GetIndexes::endedAt).orElse(Instant.EPOCH).toEpochMilli();
    }

    private static Instant endedAt(ScanStatus status) {
        return status.finishedAt() != null ? status.finishedAt() : Instant.now();
    }
}
