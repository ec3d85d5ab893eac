package dev.fidelio.library.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.fidelio.library.Album;
import dev.fidelio.library.Artist;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.Track;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.library.Work;

/**
 * Search across the library, for every adapter: artists by name and sort name, albums by title and album artists,
 * works by title, catalogue number and composer, tracks by title, artists (every role), album and work. Case and
 * diacritics do not count (Dvorak finds Dvořák), a word may be the start of one ("Dvo"), a longer word may be
 * misspelt ("Smetna"), and catalogue numbers match however they are spaced ("BWV1007", "op 95"). Results are
 * ranked (see {@link RankedSearch}) and paged per kind; an empty query pages through everything, in id order.
 * Only what {@link VisibleLibraries} allows is found.
 *
 * <p>Refused with {@link InvalidSearchException}: queries over {@value SearchQuery#MAX_CHARACTERS} characters or with
 * more than {@value SearchQuery#MAX_WORDS} different words, negative offsets, limits outside 0 to
 * {@value SearchPage#MAX_LIMIT}.
 */
@ApplicationScoped
public class LibrarySearch {

    private final DataSource dataSource;
    private final EntityManager entityManager;

    LibrarySearch(DataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
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
        return new SearchResults(load(Artist.class, ranked.get(ItemKind.artist), a -> a.id),
                load(Album.class, ranked.get(ItemKind.album), a -> a.id), load(Work.class, ranked.get(ItemKind.work), w -> w.id),
                load(Track.class, ranked.get(ItemKind.track), t -> t.id));
    }

    /** The entities of {@code ranked} in its order, in one query. */
    private <T> SearchHits<T> load(Class<T> type, SearchHits<UUID> ranked, Function<T, UUID> id) {
        if (ranked == null || ranked.hits().isEmpty()) {
            return ranked == null ? SearchHits.none() : new SearchHits<>(List.of(), ranked.more());
        }
        Map<UUID, T> byId = entityManager.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.id IN :ids", type)
                .setParameter("ids", ranked.items()).getResultStream().collect(Collectors.toMap(id, Function.identity()));
        return ranked.map(byId::get);
    }
}
