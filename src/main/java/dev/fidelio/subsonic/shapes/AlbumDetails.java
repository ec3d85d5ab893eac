package dev.fidelio.subsonic.shapes;

import java.time.Instant;
import java.util.List;

/**
 * What OpenSubsonic adds to an album ({@link AlbumID3}) that the library knows; as for songs, none is null. No version,
 * moods or explicit status: the library keeps none.
 *
 * @param artists    the album artists, id and name only
 * @param discTitles the subtitles of its discs, where they have one
 */
public record AlbumDetails(Instant played, Integer userRating, List<RecordLabel> recordLabels, String musicBrainzId,
        List<ItemGenre> genres, List<ArtistID3> artists, String displayArtist, List<String> releaseTypes, String sortName,
        ItemDate originalReleaseDate, ItemDate releaseDate, Boolean isCompilation, List<DiscTitle> discTitles) {
}
