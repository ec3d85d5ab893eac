package dev.fidelio.subsonic.shapes;

import java.time.Instant;
import java.util.List;

import dev.fidelio.subsonic.response.OpenSubsonic;

/**
 * An artist of the ID3 view. {@code albumCount} is required where the artist is listed for itself (getArtists,
 * search3, getStarred2); the artists of a song or an album carry only id and name ({@link #reference}).
 *
 * @param roles the parts the artist has in the caller's libraries: {@code albumartist}, {@code artist},
 *              {@code composer}, {@code conductor}, …
 */
public record ArtistID3(String id, String name, String coverArt, Integer albumCount, Instant starred,
        @OpenSubsonic String musicBrainzId, @OpenSubsonic String sortName, @OpenSubsonic List<String> roles) {

    /** Only what names the artist, as OpenSubsonic lists the artists of a song or album. */
    public static ArtistID3 reference(String id, String name) {
        return new ArtistID3(id, name, null, null, null, null, null, null);
    }
}
