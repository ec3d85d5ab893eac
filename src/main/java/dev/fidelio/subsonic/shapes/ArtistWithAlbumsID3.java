package dev.fidelio.subsonic.shapes;

import java.util.List;

import dev.fidelio.subsonic.response.Inline;

/** An artist with their albums (getArtist). */
public record ArtistWithAlbumsID3(@Inline ArtistID3 artist, List<AlbumID3> album) {
}
