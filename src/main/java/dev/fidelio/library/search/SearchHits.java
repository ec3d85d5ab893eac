package dev.fidelio.library.search;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The results of one kind, best first; {@code more} when there are results after them. */
public record SearchHits<T>(List<SearchHit<T>> hits, boolean more) {

    public SearchHits {
        hits = List.copyOf(hits);
    }

    public static <T> SearchHits<T> none() {
        return new SearchHits<>(List.of(), false);
    }

    public List<T> items() {
        return hits.stream().map(SearchHit::item).toList();
    }

    /** The same hits with each item replaced; items {@code replace} maps to null (gone meanwhile) are left out. */
    <R> SearchHits<R> map(Function<T, R> replace) {
        return new SearchHits<>(hits.stream().map(h -> new SearchHit<>(replace.apply(h.item()), h.score()))
                .filter(h -> Objects.nonNull(h.item())).toList(), more);
    }
}
