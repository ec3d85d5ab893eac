package dev.fidelio.subsonic.shapes;

/**
 * Someone credited on a song other than as its artist.
 *
 * @param role    {@code composer}, {@code conductor}, {@code ensemble}, {@code performer}, {@code lyricist},
 *                {@code arranger} or {@code remixer}
 * @param subRole a performer's instrument, when the tags name it
 * @param artist  id and name only
 */
public record Contributor(String role, String subRole, ArtistID3 artist) {
}
