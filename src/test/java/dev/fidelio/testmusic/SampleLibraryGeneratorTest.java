package dev.fidelio.testmusic;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLibraryGeneratorTest {

    private static final Manifest MANIFEST = Manifest.load();

    @TempDir
    static Path temp;
    private static Path first;
    private static Path second;

    /** One library from a single call, one from two threads racing on the same folder. */
    @BeforeAll
    static void generateTwice() {
        first = SampleLibraryGenerator.ensure(temp.resolve("first"));
        Path target = temp.resolve("second");
        List<CompletableFuture<Path>> racing = List.of(
                CompletableFuture.supplyAsync(() -> SampleLibraryGenerator.ensure(target)),
                CompletableFuture.supplyAsync(() -> SampleLibraryGenerator.ensure(target)));
        racing.forEach(CompletableFuture::join);
        second = target;
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Map<String, Path> firstFiles = files(first);
        Map<String, Path> secondFiles = files(second);

        assertEquals(firstFiles.keySet(), secondFiles.keySet());
        for (String file : firstFiles.keySet()) {
            assertArrayEquals(Files.readAllBytes(firstFiles.get(file)), Files.readAllBytes(secondFiles.get(file)), file);
        }
    }

    @Test
    void concurrentGenerationLeavesOnlyLibrariesAndLocks() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            Set<String> names = entries.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of("first", "first.lock", "second", "second.lock"), names);
        }
    }

    @Test
    void currentLibraryIsNotRewritten() throws IOException {
        Map<String, FileTime> before = modificationTimes(first);

        assertEquals(first, SampleLibraryGenerator.ensure(first));

        assertEquals(before, modificationTimes(first));
    }

    @Test
    void staleLibraryIsReplaced(@TempDir Path dir) throws IOException {
        Path library = dir.resolve("library");
        Files.createDirectories(library);
        Files.writeString(library.resolve(SampleLibraryGenerator.STAMP_FILE), "generator-version=0\n");
        Files.writeString(library.resolve("left-over.flac"), "from an older generator");

        SampleLibraryGenerator.ensure(library);

        assertFalse(Files.exists(library.resolve("left-over.flac")));
        assertEquals(files(first).keySet(), files(library).keySet());
    }

    @Test
    void refusesToReplaceAFolderItDidNotGenerate(@TempDir Path dir) throws IOException {
        Path music = dir.resolve("my-music");
        Files.createDirectories(music);
        Files.writeString(music.resolve("keep.flac"), "precious");

        assertThrows(IllegalStateException.class, () -> SampleLibraryGenerator.ensure(music));

        assertEquals("precious", Files.readString(music.resolve("keep.flac")));
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(Set.of("my-music", "my-music.lock"),
                    entries.map(path -> path.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void libraryHoldsExactlyTheManifestFiles() throws IOException {
        Set<String> expected = new TreeSet<>();
        MANIFEST.tracks().forEach(track -> expected.add(track.path()));
        MANIFEST.albums().forEach(album -> album.folderImages().forEach(image -> expected.add(image.file())));
        MANIFEST.brokenFiles().forEach(broken -> expected.add(broken.path()));
        expected.add(SampleLibraryGenerator.STAMP_FILE);

        assertEquals(expected, files(first).keySet());
    }

    @Test
    void folderImagesHaveTheDeclaredSizeAndFormat() throws IOException {
        for (Album album : MANIFEST.albums()) {
            for (Artwork image : album.folderImages()) {
                BufferedImage decoded = ImageIO.read(first.resolve(image.file()).toFile());
                assertNotNull(decoded, image.file());
                assertEquals(image.width(), decoded.getWidth(), image.file());
                assertEquals(image.height(), decoded.getHeight(), image.file());
                assertTrue(image.file().endsWith(image.format() == Artwork.Format.JPEG ? ".jpg" : ".png"), image.file());
            }
        }
    }

    @Test
    void manifestTagsAgreeWithAlbumsAndDiscs() {
        for (Album album : MANIFEST.albums()) {
            for (Disc disc : album.discs()) {
                for (Track track : disc.tracks()) {
                    String path = track.path();
                    assertAll(path,
                            () -> assertTrue(path.startsWith(album.folder() + "/"), "inside the album folder"),
                            () -> assertTrue(path.endsWith("." + track.format().name().toLowerCase()), "extension"),
                            () -> assertEquals(List.of(album.title()), track.tagValues("ALBUM")),
                            () -> assertEquals(List.of(album.albumArtist()), track.tagValues("ALBUMARTIST")),
                            () -> assertEquals(album.date(), track.tag("DATE")),
                            () -> assertEquals(album.genre(), track.tag("GENRE")),
                            () -> assertEquals(album.label(), track.tag("LABEL")),
                            () -> assertEquals(album.catalogNumber(), track.tag("CATALOGNUMBER")),
                            () -> assertEquals(album.compilation() ? "1" : null, track.tag("COMPILATION")),
                            () -> assertEquals(disc.number(), Integer.parseInt(track.tag("DISCNUMBER"))),
                            () -> assertEquals(album.discs().size(), Integer.parseInt(track.tag("DISCTOTAL"))),
                            () -> assertEquals(disc.subtitle(), track.tag("DISCSUBTITLE")),
                            () -> assertEquals(disc.tracks().size(), Integer.parseInt(track.tag("TRACKTOTAL"))),
                            () -> assertEquals(disc.tracks().indexOf(track) + 1, Integer.parseInt(track.tag("TRACKNUMBER"))),
                            () -> assertTrue(track.durationSeconds() >= 2 && track.durationSeconds() <= 6, "2–6 s long"));
                }
            }
        }
    }

    @Test
    void libraryLooksLikeARealCollection() {
        List<Track> tracks = MANIFEST.tracks();
        assertAll(
                () -> assertTrue(MANIFEST.albumArtists().size() >= 4, "album artists"),
                () -> assertTrue(MANIFEST.albums().size() >= 8, "albums"),
                () -> assertTrue(has(album -> album.discs().size() > 1
                        && album.discs().stream().allMatch(disc -> disc.subtitle() != null)
                        && album.tracks().stream().allMatch(track -> track.path().matches(".*/(CD|Disc )\\d+/[^/]+"))
                        && album.folderImages().stream().anyMatch(image -> image.file().equals(album.folder() + "/cover.jpg"))),
                        "multi-disc album with subtitles, disc folders and a cover in the album folder"),
                () -> assertTrue(has(album -> album.compilation() && album.albumArtist().equals("Various Artists")
                        && album.tracks().stream().map(track -> track.tagValues("ARTIST")).distinct().count() == album.tracks().size()),
                        "compilation by Various Artists with a different artist on every track"),
                () -> assertTrue(worksWithSeveralPerformances() > 0, "a work recorded by two conductors"),
                () -> assertTrue(has(album -> album.tracks().stream().map(track -> track.tag("COMPOSER")).distinct().count() > 1
                        && album.tracks().stream().allMatch(track -> Stream.of("COMPOSER", "WORK", "MOVEMENTNAME", "MOVEMENT",
                                "MOVEMENTTOTAL", "CONDUCTOR", "ORCHESTRA").allMatch(track.tags()::containsKey))
                        && album.tracks().stream().anyMatch(track -> track.tags().containsKey("PERFORMER"))),
                        "classical album with works by several composers"),
                () -> assertTrue(hasTrack(Track.Format.FLAC, 96_000, 24), "24/96 FLAC"),
                () -> assertTrue(hasTrack(Track.Format.FLAC, 192_000, 24), "24/192 FLAC"),
                () -> assertTrue(hasTrack(Track.Format.FLAC, 44_100, 16), "16/44.1 FLAC"),
                () -> assertTrue(tracks.stream().anyMatch(track -> track.format() == Track.Format.WAV && track.tags().size() > 5), "tagged WAV"),
                () -> assertTrue(tracks.stream().anyMatch(track -> track.format() == Track.Format.AIFF && track.tags().size() > 5), "tagged AIFF"),
                () -> assertTrue(tracks.stream().anyMatch(track -> track.channels() == 1), "a mono track"),
                () -> assertTrue(tracks.stream().anyMatch(track -> track.tagValues("ARTIST").size() == 2), "two ARTIST values"),
                () -> assertTrue(tracks.stream().anyMatch(track -> track.tag("ARTIST").contains(" feat. ")), "a feat. artist"),
                () -> assertTrue(anyTagContains("Dvořák") && anyTagContains("Björk") && anyTagContains("坂本龍一"), "non-ASCII names"),
                () -> assertTrue(has(album -> album.embeddedCover() != null), "embedded covers"),
                () -> assertTrue(has(album -> album.embeddedCover() != null && album.embeddedCover().format() == Artwork.Format.PNG), "a PNG cover"),
                () -> assertTrue(has(album -> album.folderImages().stream().anyMatch(image -> image.file().endsWith("/folder.jpg"))), "folder.jpg"),
                () -> assertTrue(has(album -> album.embeddedCover() == null && album.folderImages().isEmpty()), "an album without art"),
                () -> assertEquals(Set.of(BrokenFile.Defect.values()),
                        MANIFEST.brokenFiles().stream().map(BrokenFile::defect).collect(Collectors.toSet()), "every kind of broken file"));
    }

    private static boolean has(Predicate<Album> predicate) {
        return MANIFEST.albums().stream().anyMatch(predicate);
    }

    private static boolean hasTrack(Track.Format format, int sampleRate, int bits) {
        return MANIFEST.tracks().stream().anyMatch(track ->
                track.format() == format && track.sampleRate() == sampleRate && track.bitsPerSample() == bits);
    }

    private static boolean anyTagContains(String text) {
        return MANIFEST.tracks().stream().anyMatch(track ->
                track.tags().values().stream().flatMap(List::stream).anyMatch(value -> value.contains(text)));
    }

    private static long worksWithSeveralPerformances() {
        return MANIFEST.tracks().stream()
                .filter(track -> track.tag("WORK") != null)
                .collect(Collectors.groupingBy(track -> track.tag("WORK"), Collectors.mapping(track -> track.tag("CONDUCTOR"), Collectors.toSet())))
                .values().stream().filter(conductors -> conductors.size() > 1).count();
    }

    /** Every regular file under {@code root}, keyed by its '/'-separated relative path. */
    private static Map<String, Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            Map<String, Path> files = new TreeMap<>();
            paths.filter(Files::isRegularFile).forEach(path -> files.put(relative(root, path), path));
            return files;
        }
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        List<Path> paths = new ArrayList<>(files(root).values());
        paths.add(root);
        for (Path path : paths) {
            times.put(relative(root, path), Files.getLastModifiedTime(path));
        }
        return times;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
