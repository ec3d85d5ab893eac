package dev.fidelio.subsonic.searching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.search.InvalidSearchException;
import dev.fidelio.library.search.LibrarySearch;
import dev.fidelio.library.search.SearchHits;
import dev.fidelio.library.search.SearchPage;
import dev.fidelio.library.search.SearchResults;
import dev.fidelio.subsonic.ErrorCode;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.NumberParameters;

/**
 * What search2 and search3 find: {@code query} over the caller's libraries ({@link LibrarySearch}: case and accents do
 * not count, words may be prefixes or misspelt), artists, albums and songs each paged by their own count (20 unless
 * given) and offset. An empty query, or none, lists everything in a stable order: how apps copy a whole library.
 * A count above what one search returns is served by several, so an app asking for thousands a page gets them all.
 */
@ApplicationScoped
class SearchedItems {

    static final int DEFAULT_COUNT = 20;
    /** Pages larger than this are refused rather than built in memory. */
    static final int MAX_COUNT = 10_000;

    record Found(List<ArtistItem> artists, List<AlbumItem> albums, List<TrackItem> tracks) {
    }

    /** What the app asked of one kind: {@code count} items after {@code offset}. */
    private record Asked(int offset, int count) {
    }

    private final LibrarySearch search;

    SearchedItems(LibrarySearch search) {
        this.search = search;
    }

    Found search(Listener listener, SubsonicRequest request) {
        String query = request.optional("query").orElse("");
        Map<ItemKind, Asked> asked = new EnumMap<>(ItemKind.class);
        asked.put(ItemKind.artist, asked(request, "artist"));
        asked.put(ItemKind.album, asked(request, "album"));
        asked.put(ItemKind.track, asked(request, "song"));
        Map<ItemKind, List<Object>> found = new EnumMap<>(ItemKind.class);
        asked.keySet().forEach(kind -> found.put(kind, new ArrayList<>()));
        Map<ItemKind, SearchPage> next = new EnumMap<>(ItemKind.class);
        try {
            asked.forEach((kind, page) -> next.put(kind, chunk(page.offset(), page.count())));
            while (!next.isEmpty()) {
                SearchResults results = search.search(query, listener.visible(), next);
                for (ItemKind kind : List.copyOf(next.keySet())) {
                    SearchHits<?> hits = hitsOf(results, kind);
                    List<Object> items = found.get(kind);
                    items.addAll(hits.items());
                    int remaining = asked.get(kind).count() - items.size();
                    if (!hits.more() || remaining <= 0 || hits.hits().isEmpty()) {
                        next.remove(kind);
                    } else {
                        next.put(kind, chunk(asked.get(kind).offset() + items.size(), remaining));
                    }
                }
            }
        } catch (InvalidSearchException e) {
            throw new SubsonicException(ErrorCode.GENERIC, e.getMessage());
        }
        return new Found(cast(found.get(ItemKind.artist)), cast(found.get(ItemKind.album)), cast(found.get(ItemKind.track)));
    }

    private static Asked asked(SubsonicRequest request, String kind) {
        return new Asked(NumberParameters.offset(request, kind + "Offset"),
                NumberParameters.between(request, kind + "Count", 0, MAX_COUNT).orElse(DEFAULT_COUNT));
    }

    private static SearchPage chunk(int offset, int remaining) {
        return new SearchPage(offset, Math.min(remaining, SearchPage.MAX_LIMIT));
    }

    private static SearchHits<?> hitsOf(SearchResults results, ItemKind kind) {
        return switch (kind) {
            case artist -> results.artists();
            case album -> results.albums();
            case track -> results.tracks();
            case work -> results.works();
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> items) {
        return (List<T>) (List<?>) items;
    }
}
