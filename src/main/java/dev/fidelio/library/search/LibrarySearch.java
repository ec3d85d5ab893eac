package dev.fidelio.library.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.library.WorkQueries;

/**
 * Search across the library, for every adapter: artists by name and sort name, albums by title and album artists,
 * works by title, catalogue number and composer, tracks by title, artists (every role), album and work. Case and
 * diacritics do not count (Dvorak finds Dvořák), a word may be the start of one ("Dvo"), a longer word may be
 * misspelt ("Smetna"), and catalogue numbers match however they are spaced ("BWV1007", "op 95"). Results are
 * ranked (see {@link RankedSearch}) and paged per kind; an empty query pages through everything, in id order.
 * Only what {@link VisibleLibraries} allows is found. The hits are the read models the browsing services return
 * ({@code ArtistItem}, {@code AlbumItem}, {@code WorkItem}, {@code TrackItem}), one statement a kind.
 *
 * <p>Refused with {@link InvalidSearchException}: queries over {@value SearchQuery#MAX_CHARACTERS} characters or with
 * more than {@value SearchQuery#MAX_WORDS} different words, negative offsets, limits outside 0 to
 * {@value SearchPage#MAX_LIMIT}.
 */
@ApplicationScoped
public class LibrarySearch {

    private final DataSource dataSource;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final WorkQueries works;
    private final TrackQueries tracks;

    LibrarySearch(DataSource dataSource, ArtistQueries artists, AlbumQueries albums, WorkQueries works, TrackQueries tracks) {
        this.dataSource = dataSource;
        this.artists = artists;
        this.albums = albums;
        this.works = works;
        this.tracks = tracks;
    }

    /** The same page of every kind in {@code kinds}. */
    @Transactional
    public SearchResults search(String query, VisibleLibraries visible, Set<ItemKind> kinds, int limit, int offset) {
        SearchPage page = new SearchPage(offset, limit);
        return search(query, visible, kinds.stream().collect(Collectors.toMap(Function.identity(), kind -> page)));
    }

    /** A page of its own for each kind in {@code pages} (Subsonic's search3 pages artists, albums and songs apart). */
    @Transactional
    public SearchResults search(String query, VisibleLibraries visible, Map<ItemKind, SearchPage> pages) {
        Objects.requireNonNull(visible, "visible");
        Map<ItemKind, SearchHits<UUID>> ranked;
        try (Connection connection = dataSource.getConnection()) {
            ranked = new RankedSearch(connection).run(query, visible, pages);
        } catch (SQLException e) {
            throw new IllegalStateException("The search failed: " + e.getMessage(), e);
        }
        return new SearchResults(load(ranked.get(ItemKind.artist), visible, artists::byIds),
                load(ranked.get(ItemKind.album), visible, albums::byIds), load(ranked.get(ItemKind.work), visible, works::byIds),
                load(ranked.get(ItemKind.track), visible, tracks::byIds));
    }

    /** The items of {@code ranked}, in its order; one that went meanwhile (a scan removed it) is left out. */
    private static <T> SearchHits<T> load(SearchHits<UUID> ranked, VisibleLibraries visible,
            BiFunction<VisibleLibraries, Collection<UUID>, Map<UUID, T>> byIds) {
        if (ranked == null) {
            return SearchHits.none();
        }
        Map<UUID, T> found = ranked.hits().isEmpty() ? Map.of() : byIds.apply(visible, ranked.items());
        return ranked.map(found::get);
    }
}
