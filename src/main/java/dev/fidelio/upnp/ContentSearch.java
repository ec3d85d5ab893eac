package dev.fidelio.upnp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.Credit;
import dev.fidelio.library.GenreItem;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Sort;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.search.InvalidSearchException;
import dev.fidelio.library.search.SearchResults;

/**
 * ContentDirectory Search over the served libraries (whatever the ContainerID: control points search from the root).
 * The texts the criteria look for are searched by the library's search, which finds candidates among artists,
 * albums and tracks; each candidate's DIDL properties are then tested against the whole criteria. Criteria that look
 * for no text ({@code upnp:class derivedfrom "object.item.audioItem"}) list every object of the classes they allow.
 */
final class ContentSearch {

    static final String CAPABILITIES = "dc:title,dc:creator,upnp:artist,upnp:album,upnp:genre,upnp:class,dc:date,upnp:originalTrackNumber";

    static final String TRACK = "object.item.audioItem.musicTrack";

    /** Candidates per kind and text: the criteria are tested on these, so matches beyond them are not found. */
    private static final int CANDIDATES = 500;
    private static final int MAX_TEXTS = 8;

    record Result(List<Entry> entries, long totalMatches) {
    }

    private final Catalog catalog;

    ContentSearch(Catalog catalog) {
        this.catalog = catalog;
    }

    Result run(RequestContext context, SearchCriteria criteria, Window window) {
        boolean artists = criteria.mayMatchClass(Node.ARTIST);
        boolean albums = criteria.mayMatchClass(Node.ALBUM);
        boolean tracks = criteria.mayMatchClass(TRACK);
        List<String> texts = criteria.texts();
        if (!criteria.needsText() || texts.isEmpty()) {
            return everything(context, artists, albums, tracks, window);
        }
        Set<ItemKind> kinds = new java.util.HashSet<>();
        if (artists) {
            kinds.add(ItemKind.artist);
        }
        if (albums) {
            kinds.add(ItemKind.album);
        }
        if (tracks) {
            kinds.add(ItemKind.track);
        }
        Map<UUID, ArtistItem> foundArtists = new LinkedHashMap<>();
        Map<UUID, AlbumItem> foundAlbums = new LinkedHashMap<>();
        Map<UUID, TrackItem> foundTracks = new LinkedHashMap<>();
        for (String text : texts.subList(0, Math.min(texts.size(), MAX_TEXTS))) {
            SearchResults results;
            try {
                results = catalog.search().search(text, context.visible(), kinds, CANDIDATES, 0);
            } catch (InvalidSearchException e) {
                continue;
            }
            results.artists().items().forEach(a -> foundArtists.putIfAbsent(a.id(), a));
            results.albums().items().forEach(a -> foundAlbums.putIfAbsent(a.id(), a));
            results.tracks().items().forEach(t -> foundTracks.putIfAbsent(t.id(), t));
        }
        List<Entry> matches = new ArrayList<>();
        foundArtists.values().stream().filter(a -> criteria.test(artistProperties(a))).forEach(a -> matches.add(artist(a)));
        Map<UUID, List<GenreItem>> albumGenres = catalog.genres().ofAlbums(context.visible(), foundAlbums.keySet());
        foundAlbums.values().stream().filter(a -> criteria.test(albumProperties(a, albumGenres.getOrDefault(a.id(), List.of()))))
                .forEach(a -> matches.add(album(a)));
        matches.addAll(matchingTracks(context, criteria, List.copyOf(foundTracks.values())));
        return new Result(window.slice(matches), matches.size());
    }

    private List<Entry> matchingTracks(RequestContext context, SearchCriteria criteria, List<TrackItem> tracks) {
        if (tracks.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = tracks.stream().map(TrackItem::id).toList();
        Set<UUID> albumIds = new java.util.HashSet<>();
        tracks.stream().map(TrackItem::albumId).filter(java.util.Objects::nonNull).forEach(albumIds::add);
        Map<UUID, List<Credit>> credits = catalog.tracks().credits(ids);
        Map<UUID, List<GenreItem>> genres = catalog.genres().ofTracks(ids);
        Map<UUID, AlbumItem> albums = catalog.albums().byIds(context.visible(), albumIds);
        List<Entry> matches = new ArrayList<>();
        for (TrackItem t : tracks) {
            Map<String, List<String>> properties = new HashMap<>();
            properties.put("upnp:class", List.of(TRACK));
            put(properties, "dc:title", t.title());
            List<String> artists = new ArrayList<>();
            List<String> authors = new ArrayList<>();
            for (Credit c : credits.getOrDefault(t.id(), List.of())) {
                artists.add(c.artist().name());
                switch (c.role()) {
                    case COMPOSER, LYRICIST, ARRANGER -> authors.add(c.artist().name());
                    default -> {
                    }
                }
            }
            AlbumItem album = t.albumId() == null ? null : albums.get(t.albumId());
            if (album != null) {
                put(properties, "upnp:album", album.title());
                if (album.artistDisplay() != null) {
                    artists.add(album.artistDisplay());
                }
            }
            properties.put("upnp:artist", artists);
            properties.put("dc:creator", artists);
            properties.put("upnp:author", authors);
            properties.put("upnp:genre", genres.getOrDefault(t.id(), List.of()).stream().map(GenreItem::name).toList());
            put(properties, "dc:date", t.year() == null ? null : String.format(java.util.Locale.ROOT, "%04d", t.year()));
            put(properties, "upnp:originaltracknumber", t.trackNumber() == null ? null : t.trackNumber().toString());
            if (criteria.test(properties)) {
                matches.add(track(t));
            }
        }
        return matches;
    }

    /** Every object of the allowed classes, artists then albums then tracks, paged by the database. */
    private Result everything(RequestContext context, boolean artists, boolean albums, boolean tracks, Window window) {
        long artistCount = artists ? catalog.artists().count(context.visible(), 0, ListFilter.NONE) : 0;
        long albumCount = albums ? catalog.albums().count(context.visible(), 0, ListFilter.NONE) : 0;
        long trackCount = tracks ? catalog.tracks().count(context.visible(), 0, ListFilter.NONE) : 0;
        List<Entry> entries = new ArrayList<>();
        long offset = window.offset();
        if (offset < artistCount) {
            catalog.artists().page(context.visible(), 0, ListFilter.NONE, Sort.BY_NAME, new Window(offset, window.count()).page()).items()
                    .forEach(a -> entries.add(artist(a)));
        }
        offset = Math.max(0, offset - artistCount);
        if (entries.size() < window.count() && offset < albumCount) {
            catalog.albums().page(context.visible(), 0, ListFilter.NONE, Sort.BY_NAME, new Window(offset, window.count() - entries.size()).page())
                    .items().forEach(a -> entries.add(album(a)));
        }
        offset = Math.max(0, offset - albumCount);
        if (entries.size() < window.count() && offset < trackCount) {
            catalog.tracks().page(context.visible(), 0, ListFilter.NONE, Sort.BY_NAME, new Window(offset, window.count() - entries.size()).page())
                    .items().forEach(t -> entries.add(track(t)));
        }
        return new Result(entries, artistCount + albumCount + trackCount);
    }

    private static Map<String, List<String>> artistProperties(ArtistItem artist) {
        Map<String, List<String>> properties = new HashMap<>();
        properties.put("upnp:class", List.of(Node.ARTIST));
        put(properties, "dc:title", artist.name());
        put(properties, "upnp:artist", artist.name());
        return properties;
    }

    private static Map<String, List<String>> albumProperties(AlbumItem album, List<GenreItem> genres) {
        Map<String, List<String>> properties = new HashMap<>();
        properties.put("upnp:class", List.of(Node.ALBUM));
        put(properties, "dc:title", album.title());
        put(properties, "upnp:album", album.title());
        put(properties, "upnp:artist", album.artistDisplay());
        put(properties, "dc:creator", album.artistDisplay());
        put(properties, "dc:date", album.year() == null ? null : String.format(java.util.Locale.ROOT, "%04d", album.year()));
        properties.put("upnp:genre", genres.stream().map(GenreItem::name).toList());
        return properties;
    }

    private static void put(Map<String, List<String>> properties, String name, String value) {
        if (value != null) {
            properties.put(name, List.of(value));
        }
    }

    private static Entry artist(ArtistItem a) {
        return new Entry.Container(BrowseTree.artistId(a.id()), Index.ARTISTS.id, a.name(), Node.ARTIST, null, null, null, null);
    }

    private static Entry album(AlbumItem a) {
        return AlbumNode.entry(BrowseTree.albumId(a.id()), Index.ALBUMS.id + "/" + BrowseTree.ALBUMS_A_Z, a, null);
    }

    private static Entry track(TrackItem t) {
        String parent = t.albumId() != null ? BrowseTree.albumId(t.albumId()) : FolderNode.ROOT + "/" + t.folderId();
        return new Entry.Track(parent + "/" + t.id(), parent, t);
    }
}
