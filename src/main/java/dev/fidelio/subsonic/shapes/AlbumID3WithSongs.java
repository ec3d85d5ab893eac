package dev.fidelio.subsonic.shapes;

import java.util.List;

import dev.fidelio.subsonic.response.Inline;

/** An album with its songs, in disc and track order (getAlbum). */
public record AlbumID3WithSongs(@Inline AlbumID3 album, List<Child> song) {
}
