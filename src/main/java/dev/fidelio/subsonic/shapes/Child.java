package dev.fidelio.subsonic.shapes;

import java.time.Instant;

import dev.fidelio.subsonic.response.Inline;
import dev.fidelio.subsonic.response.OpenSubsonic;

/**
 * A song, or a directory of the folder view (an artist's or an album's folder), as Subsonic's {@code Child}: in song
 * lists, albums, playlists, play queues, search results. A directory has no {@code file} and no {@code details}.
 *
 * @param parent     the folder holding the song or directory
 * @param file       the audio file: size, type, length, sample rate…
 * @param type       always {@code music} here
 * @param mediaType  {@code song}, {@code album} or {@code artist}: what the id names
 * @param bookmarkPosition where the caller's bookmark of the song is, in milliseconds, where a method shows it
 * @param details    OpenSubsonic's fields of a song
 */
public record Child(String id, String parent, boolean isDir, String title, String album, String artist, Integer track,
        Integer year, String genre, String coverArt, @Inline SongFile file, Integer userRating, Long playCount, Integer discNumber, Instant created, Instant starred, String albumId, String artistId, String type,
        @OpenSubsonic String mediaType, Long bookmarkPosition, @OpenSubsonic Instant played,
        @Inline @OpenSubsonic SongDetails details) {

    /** A folder of the folder view, which holds folders and songs. */
    public static Child folder(String id, String parent, String name, String coverArt) {
        return new Child(id, parent, true, name, null, null, null, null, null, coverArt, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
