package dev.fidelio.subsonic.shapes;

import java.util.List;

/**
 * What OpenSubsonic adds to a song ({@link Child}) that the library knows. OpenSubsonic asks a server to send every
 * field it supports, empty when a song has no value, so clients know it is supported: none is null for a song. The
 * library keeps no BPM, comment, moods, explicit status or groupings, so those are not offered.
 *
 * @param artists      the song's artists, id and name only
 * @param albumArtists its album's artists, id and name only
 * @param contributors composers, conductors, performers (with their instrument as {@code subRole}), …
 */
public record SongDetails(String sortName, String musicBrainzId, List<String> isrc, List<ItemGenre> genres, List<ArtistID3> artists,
        String displayArtist, List<ArtistID3> albumArtists, String displayAlbumArtist, List<Contributor> contributors,
        String displayComposer, ReplayGain replayGain, List<Work> works, List<Movement> movements) {
}
