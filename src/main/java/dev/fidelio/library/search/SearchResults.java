package dev.fidelio.library.search;

import dev.fidelio.library.Album;
import dev.fidelio.library.Artist;
import dev.fidelio.library.Track;
import dev.fidelio.library.Work;

/** What one search found, kind by kind; a kind that was not asked for has no hits. */
public record SearchResults(SearchHits<Artist> artists, SearchHits<Album> albums, SearchHits<Work> works, SearchHits<Track> tracks) {
}
