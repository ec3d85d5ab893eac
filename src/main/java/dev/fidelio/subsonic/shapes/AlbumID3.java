package dev.fidelio.subsonic.shapes;

import java.time.Instant;

import dev.fidelio.subsonic.response.Inline;
import dev.fidelio.subsonic.response.OpenSubsonic;

/**
 * An album of the ID3 view, in album lists, search results and starred items.
 *
 * @param artistId  its first album artist
 * @param songCount the tracks the caller can see
 * @param duration  their length added up, in whole seconds
 * @param details   OpenSubsonic's fields of an album
 */
public record AlbumID3(String id, String name, String artist, String artistId, String coverArt, int songCount, int duration,
        Long playCount, Instant created, Instant starred, Integer year, String genre, @Inline @OpenSubsonic AlbumDetails details) {
}
