package dev.fidelio.library.search;

/**
 * One result and how well it matched: higher is better, at most about 1 (every word a whole word of the title);
 * 0 for every item when the query was empty.
 */
public record SearchHit<T>(T item, double score) {
}
