package dev.fidelio.testmusic;

import java.util.List;

/**
 * One album folder. {@code folder} and every path inside are relative to the library root.
 * {@code embeddedCover}, when present, is embedded as the front cover (picture type 3) in every track of the album;
 * {@code folderImages} are image files written next to the tracks (for multi-disc albums: in the album folder).
 */
public record Album(
        String folder,
        String albumArtist,
        String title,
        String date,
        String genre,
        String label,
        String catalogNumber,
        boolean compilation,
        Artwork embeddedCover,
        List<Artwork> folderImages,
        List<Disc> discs) {

    public Album {
        folderImages = folderImages == null ? List.of() : List.copyOf(folderImages);
        discs = List.copyOf(discs);
    }

    public List<Track> tracks() {
        return discs.stream().flatMap(disc -> disc.tracks().stream()).toList();
    }
}
