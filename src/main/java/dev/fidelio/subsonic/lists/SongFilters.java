package dev.fidelio.subsonic.lists;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.ListFilter;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.NumberParameters;

/** The filters of the list methods, in the library's terms: a genre by name, a range of years, starred items. */
@ApplicationScoped
class SongFilters {

    /** Years as tags hold them; anything outside is a mistake, not a year. */
    static final int MIN_YEAR = 0;
    static final int MAX_YEAR = 9999;

    private final GenreQueries genres;

    SongFilters(GenreQueries genres) {
        this.genres = genres;
    }

    static ListFilter of(Set<UUID> genreIds, Integer fromYear, Integer toYear, boolean starred) {
        return new ListFilter(Set.of(), genreIds, fromYear, toYear, Set.of(), false, null, null, null, starred, null, null);
    }

    static ListFilter starred() {
        return of(Set.of(), null, null, true);
    }

    /** Items of the genre called {@code name}; empty when the listener has no such genre, so nothing is listed. */
    Optional<ListFilter> genre(Listener listener, String name, Integer fromYear, Integer toYear) {
        return genres.named(listener.visible(), name).map(genre -> of(Set.of(genre.id()), fromYear, toYear, false));
    }

    static Optional<Integer> year(SubsonicRequest request, String name) {
        return NumberParameters.between(request, name, MIN_YEAR, MAX_YEAR);
    }
}
