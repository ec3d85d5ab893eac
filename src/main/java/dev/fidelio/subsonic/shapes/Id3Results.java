package dev.fidelio.subsonic.shapes;

import java.util.List;

/** Artists, albums and songs as the ID3 view shows them: search3's results, getStarred2's items. */
public record Id3Results(List<ArtistID3> artist, List<AlbumID3> album, List<Child> song) {
}
