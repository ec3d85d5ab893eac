package dev.fidelio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import dev.fidelio.testmusic.Artwork;
import dev.fidelio.testmusic.CoverArt;
import dev.fidelio.testsupport.TinyFlac;

/**
 * N tiny, valid, tagged FLAC files laid out as a real library: 10 tracks an album, 10 albums an artist. Each file's
 * audio differs by one sample, so every file has its own audio identity, as real tracks do.
 */
public final class BenchCorpus {

    static final int TRACKS_PER_ALBUM = 10;
    static final int ALBUMS_PER_ARTIST = 10;

    private BenchCorpus() {
    }

    /** Tags that number everything ("Track 17" by "Artist 0" on "Album 1"): the indexer's benchmark. */
    public static Path write(Path root, int tracks) throws IOException {
        return write(root, tracks, BenchCorpus::numbered);
    }

    static Path write(Path root, int tracks, IntFunction<Map<String, List<String>>> tagsOfTrack) throws IOException {
        for (int i = 0; i < tracks; i++) {
            int album = i / TRACKS_PER_ALBUM;
            int artist = album / ALBUMS_PER_ARTIST;
            int number = i % TRACKS_PER_ALBUM + 1;
            Path dir = Files.createDirectories(root.resolve(String.format("Artist %05d/Album %06d", artist, album)));
            TinyFlac.write(dir.resolve(String.format("%02d Track %d.flac", number, i)), tagsOfTrack.apply(i), i);
        }
        return root;
    }

    /** Gives every album folder under {@code root} a small cover.jpg, as most real albums have. */
    public static void addCovers(Path root) throws IOException {
        byte[] cover = CoverArt.render(new Artwork(null, Artwork.Format.JPEG, 16, 16, List.of("#203040", "#f0c080"))).data();
        try (Stream<Path> dirs = Files.walk(root, 2)) {
            for (Path album : dirs.filter(d -> d.getFileName().toString().startsWith("Album ")).toList()) {
                Files.write(album.resolve("cover.jpg"), cover);
            }
        }
    }

    private static Map<String, List<String>> numbered(int i) {
        int album = i / TRACKS_PER_ALBUM;
        int artist = album / ALBUMS_PER_ARTIST;
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put("TITLE", List.of("Track " + i));
        tags.put("ARTIST", List.of("Artist " + artist));
        tags.put("ALBUMARTIST", List.of("Artist " + artist));
        tags.put("ALBUM", List.of("Album " + album));
        tags.put("TRACKNUMBER", List.of(String.valueOf(i % TRACKS_PER_ALBUM + 1)));
        tags.put("TRACKTOTAL", List.of(String.valueOf(TRACKS_PER_ALBUM)));
        tags.put("DATE", List.of(String.valueOf(1960 + album % 60)));
        tags.put("GENRE", List.of(i % 2 == 0 ? "Jazz" : "Classical"));
        return tags;
    }
}
