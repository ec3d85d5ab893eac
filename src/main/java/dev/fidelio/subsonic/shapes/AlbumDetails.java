package dev.fidelio.subsonic.shapes;

import java.time.Instant;
import java.util.List;

/**
 * What OpenSubsonic adds to an album ({@link AlbumID3}); as for songs, the fields Fidelio keeps are never null.
 *
 * @param artists    the album artists, id and name only
 * @param discTitles the subtitles of its discs, where they have one
 */
public record AlbumDetails(String version, Instant played, Integer userRating, List<RecordLabel> recordLabels,
        String musicBrainzId, List<ItemGenre> genres, List<ArtistID3> artists, String displayArtist, List<String> releaseTypes,
        List<String> moods, String sortName, ItemDate originalReleaseDate, ItemDate releaseDate, Boolean isCompilation,
        String explicitStatus, List<DiscTitle> discTitles) {
}
