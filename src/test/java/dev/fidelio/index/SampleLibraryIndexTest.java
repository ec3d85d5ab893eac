package dev.fidelio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.library.Album;
import dev.fidelio.library.Artist;
import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.ScanRun;
import dev.fidelio.library.Track;
import dev.fidelio.library.Work;
import dev.fidelio.testmusic.Manifest;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.junit.QuarkusTest;

/** The hierarchy the indexer builds from the sample library, checked against the library's manifest. */
@QuarkusTest
class SampleLibraryIndexTest {

    private static final Manifest MANIFEST = Manifest.load();

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @BeforeEach
    void scanned() {
        Scans.run(scanner, runs, ScanKind.QUICK);
    }

    @Test
    @Transactional
    void everyValidFileIsATrackWithItsAudioProperties() {
        Map<String, Track> tracks = sampleTracks().stream().collect(Collectors.toMap(t -> t.relativePath, Function.identity()));
        assertThat(tracks).hasSize(MANIFEST.tracks().size());
        for (dev.fidelio.testmusic.Track expected : MANIFEST.tracks()) {
            Track track = tracks.get(expected.path());
            assertThat(track).as(expected.path()).isNotNull();
            assertThat(track.format).isEqualTo(expected.format().name().toLowerCase());
            assertThat(track.sampleRate).isEqualTo(expected.sampleRate());
            assertThat(track.bitsPerSample).isEqualTo(expected.bitsPerSample());
            assertThat(track.channels).isEqualTo(expected.channels());
            assertThat(track.title).isEqualTo(expected.tag("TITLE"));
            assertThat(track.durationSeconds).isCloseTo(expected.durationSeconds(), org.assertj.core.data.Offset.offset(0.001));
            assertThat(track.rawTags).as("raw tags are kept as the container names them").isNotEmpty();
        }
    }

    @Test
    @Transactional
    void everyBrokenFileIsAProblemAndNothingElseIs() {
        String library = TestFiles.sampleLibrary().toAbsolutePath().normalize().toString();
        List<String> problemPaths = LibraryProblem.<LibraryProblem>list("path like ?1", library + "/%").stream()
                .filter(p -> p.kind.equals(ProblemLog.UNREADABLE_FILE)).map(p -> p.path).toList();
        List<String> broken = MANIFEST.brokenFiles().stream()
                .map(b -> TestFiles.sampleLibrary().resolve(b.path()).toAbsolutePath().normalize().toString()).toList();
        assertThat(problemPaths).containsExactlyInAnyOrderElementsOf(broken);
    }

    @Test
    @Transactional
    void albumsMergeDiscsAndKeepReleasesApart() {
        assertThat(Album.count()).isEqualTo(MANIFEST.albums().size());
        Album tapes = album("Northern Tapes");
        List<Track> tapesTracks = Track.list("album", tapes);
        assertThat(tapesTracks).hasSize(8);
        assertThat(tapesTracks).extracting(t -> t.discNumber).containsOnly(1, 2);
        assertThat(tapes.discTotal).isEqualTo(2);
        assertThat(tapes.artistDisplay).isEqualTo("Mira Solberg");
    }

    @Test
    @Transactional
    void compilationsBelongToVariousArtistsAndCreditEachTrackArtist() {
        Album sampler = album("Harbour Lights: A Driftwood Records Sampler");
        assertThat(sampler.compilation).isTrue();
        assertThat(sampler.artistDisplay).isEqualTo("Various Artists");
        Track duet = Track.find("album = ?1 and trackNumber = 2", sampler).firstResult();
        assertThat(duet.credits).filteredOn(c -> c.key.role().equals("artist")).extracting(c -> c.artist.name)
                .containsExactly("Mira Solberg", "Jonas Reyes");
    }

    @Test
    @Transactional
    void oneWorkHasPerformancesOnTwoAlbums() {
        Work symphony = Work.find("title like ?1", "Symphony No. 9 in E minor, Op. 95%").singleResult();
        assertThat(symphony.composer.name).isEqualTo("Antonín Dvořák");
        assertThat(symphony.composer.sortName).isEqualTo("Dvořák, Antonín");
        List<Track> movements = Track.list("work = ?1 order by album.title, movementNumber", symphony);
        Map<UUID, List<Integer>> byAlbum = movements.stream().collect(Collectors.groupingBy(t -> t.album.id,
                Collectors.mapping(t -> t.movementNumber, Collectors.toList())));
        assertThat(byAlbum).hasSize(2);
        byAlbum.values().forEach(numbers -> assertThat(numbers).containsExactly(1, 2, 3, 4));
        assertThat(movements).extracting(t -> t.movementName).contains("Largo");
    }

    @Test
    @Transactional
    void nonAsciiNamesSurvive() {
        assertThat(album("坂本龍一へのオマージュ").artistDisplay).isEqualTo("夜明けトリオ");
        assertThat(Artist.count("name", "Björk Sigurdóttir")).isEqualTo(1);
        assertThat(album("Jökulsárlón")).isNotNull();
    }

    @Test
    @Transactional
    void coversPreferFolderImagesAndFallBackToEmbeddedOnes() {
        Album lanterns = album("Lanterns Over Water");
        assertThat(lanterns.coverPath).endsWith("Lanterns Over Water/cover.jpg");
        assertThat(lanterns.coverWidth).isEqualTo(1000);
        assertThat(lanterns.coverMime).isEqualTo("image/jpeg");
        Album tapes = album("Northern Tapes");
        assertThat(tapes.coverPath).as("the album folder's image serves its disc folders").endsWith("Northern Tapes (2020)/cover.jpg");
        Album glacier = album("Jökulsárlón");
        assertThat(glacier.coverPath).isNull();
        assertThat(glacier.coverTrackId).isNotNull();
        Album highlife = album("Highlife Sessions");
        assertThat(highlife.coverPath).isNull();
        assertThat(highlife.coverTrackId).isNull();
    }

    @Test
    void rescansKeepEveryId() {
        Map<String, UUID> before = ids();
        ScanRun quick = Scans.run(scanner, runs, ScanKind.QUICK);
        assertThat(quick.filesDone).as("a quick scan of an unchanged library reads only the files that never indexed")
                .isEqualTo(MANIFEST.brokenFiles().size());
        ScanRun full = Scans.run(scanner, runs, ScanKind.FULL);
        assertThat(full.error).isNull();
        assertThat(full.added).isZero();
        assertThat(ids()).isEqualTo(before);
    }

    @Transactional
    Map<String, UUID> ids() {
        Map<String, UUID> ids = new java.util.HashMap<>();
        sampleTracks().forEach(t -> ids.put("track:" + t.relativePath, t.id));
        Album.<Album>listAll().forEach(a -> ids.put("album:" + a.groupKey, a.id));
        Artist.<Artist>listAll().forEach(a -> ids.put("artist:" + a.nameKey, a.id));
        Work.<Work>listAll().forEach(w -> ids.put("work:" + w.groupKey, w.id));
        return ids;
    }

    /** Other tests add folders of their own to the same database. */
    private static List<Track> sampleTracks() {
        return Track.list("folder.path", TestFiles.sampleLibrary().toAbsolutePath().normalize().toString());
    }

    private static Album album(String title) {
        return Album.find("title", title).singleResult();
    }
}
