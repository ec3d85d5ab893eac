package dev.fidelio.library.search;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.WorkItem;

/** What one search found, kind by kind; a kind that was not asked for has no hits. */
public record SearchResults(SearchHits<ArtistItem> artists, SearchHits<AlbumItem> albums, SearchHits<WorkItem> works,
        SearchHits<TrackItem> tracks) {
}
