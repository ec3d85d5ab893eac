package dev.fidelio.subsonic.lists;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumOrder;
import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ListFilter;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.NumberParameters;

/**
 * The albums getAlbumList and getAlbumList2 list, by {@code type}: {@code random}, {@code newest},
 * {@code alphabeticalByName}, {@code alphabeticalByArtist}, {@code starred}, {@code byYear} ({@code fromYear} after
 * {@code toYear} lists newest first), {@code byGenre}, and by what the caller did: {@code frequent} (most played),
 * {@code recent} (last played), {@code highest} (best rated), which list only albums they played or rated.
 * {@code size} items (10 unless given, at most 500) after {@code offset}.
 */
@ApplicationScoped
class AlbumLists {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 500;

    private static final Map<String, AlbumOrder> ORDERS = Map.of("random", AlbumOrder.RANDOM, "newest", AlbumOrder.NEWEST,
            "highest", AlbumOrder.HIGHEST_RATED, "frequent", AlbumOrder.MOST_PLAYED, "recent", AlbumOrder.RECENTLY_PLAYED,
            "alphabeticalByName", AlbumOrder.NAME, "alphabeticalByArtist", AlbumOrder.ARTIST, "starred", AlbumOrder.NAME);

    private final AlbumQueries albums;
    private final SongFilters filters;

    AlbumLists(AlbumQueries albums, SongFilters filters) {
        this.albums = albums;
        this.filters = filters;
    }

    List<AlbumItem> list(Listener listener, SubsonicRequest request) {
        String type = request.required("type");
        int size = NumberParameters.count(request, "size", DEFAULT_SIZE, MAX_SIZE);
        int offset = NumberParameters.offset(request, "offset");
        AlbumOrder order = ORDERS.get(type);
        Optional<ListFilter> filter = Optional.of(type.equals("starred") ? SongFilters.starred() : ListFilter.NONE);
        switch (type) {
            case "byYear" -> {
                int from = SongFilters.year(request, "fromYear").orElseThrow(() -> SubsonicException.missing("fromYear"));
                int to = SongFilters.year(request, "toYear").orElseThrow(() -> SubsonicException.missing("toYear"));
                order = from <= to ? AlbumOrder.YEAR : AlbumOrder.YEAR_DESCENDING;
                filter = Optional.of(SongFilters.of(Set.of(), Math.min(from, to), Math.max(from, to), false));
            }
            case "byGenre" -> {
                order = AlbumOrder.NAME;
                filter = filters.genre(listener, request.required("genre"), null, null);
            }
            default -> {
                if (order == null) {
                    throw SubsonicException.invalid("type", "must be one of random, newest, highest, frequent, recent, "
                            + "alphabeticalByName, alphabeticalByArtist, starred, byYear, byGenre; not '"
                            + SubsonicRequest.shortened(type) + "'.");
                }
            }
        }
        AlbumOrder by = order;
        return filter.map(f -> albums.list(listener.visible(), listener.userId(), f, by, offset, size)).orElse(List.of());
    }
}
