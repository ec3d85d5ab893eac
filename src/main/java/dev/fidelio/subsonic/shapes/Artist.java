package dev.fidelio.subsonic.shapes;

import java.time.Instant;

/**
 * An artist of the folder view (getIndexes, search2, getStarred, getArtistInfo): an artist's folder, or an artist of
 * the library met where the folder view lists artists.
 */
public record Artist(String id, String name, Instant starred, Integer userRating) {
}
