package dev.fidelio.subsonic.shapes;

import java.util.List;

/**
 * What OpenSubsonic adds to a song ({@link Child}). OpenSubsonic asks a server to send every field it supports, empty
 * when a song has no value, so clients know it is supported: those Fidelio keeps are never null for a song.
 *
 * @param artists      the song's artists, id and name only
 * @param albumArtists its album's artists, id and name only
 * @param contributors composers, conductors, performers (with their instrument as {@code subRole}), …
 */
public record SongDetails(Integer bpm, String comment, String sortName, String musicBrainzId, List<String> isrc,
        List<ItemGenre> genres, List<ArtistID3> artists, String displayArtist, List<ArtistID3> albumArtists,
        String displayAlbumArtist, List<Contributor> contributors, String displayComposer, List<String> moods,
        ReplayGain replayGain, String explicitStatus, List<Work> works, List<Movement> movements, List<String> groupings) {
}
