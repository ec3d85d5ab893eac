package dev.fidelio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.Track;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MusicFoldersTest {

    @Inject
    MusicFolders folders;

    @TempDir
    Path work;

    @Inject
    FidelioConfig config;

    @Test
    void theSampleLibraryIsOnline() {
        assertThat(folders.reconcile(config.musicDirs())).extracting(f -> f.status).containsOnly(MusicFolder.Status.online);
    }

    @Test
    void aFileInPlaceOfAFolderIsMissingAndReported() throws Exception {
        Path notAFolder = Files.writeString(work.resolve("music.txt"), "oops");
        List<MusicFolder> checked = folders.reconcile(List.of(notAFolder));
        assertThat(checked).singleElement().extracting(f -> f.status).isEqualTo(MusicFolder.Status.missing);
        assertThat(problemsFor(notAFolder)).isEqualTo(1);
    }

    @Test
    void anOfflineFolderKeepsItsTracksAndComesBack() throws Exception {
        Path music = Files.createDirectories(work.resolve("nas"));
        MusicFolder folder = folders.reconcile(List.of(music)).get(0);
        addTrack(folder.id, "Album/01.flac");

        Files.delete(music);
        assertThat(folders.reconcile(List.of(music))).singleElement().extracting(f -> f.status).isEqualTo(MusicFolder.Status.missing);
        assertThat(tracksIn(folder.id)).isEqualTo(1);
        assertThat(problemsFor(music)).isEqualTo(1);

        Files.createDirectories(music);
        assertThat(folders.reconcile(List.of(music))).singleElement().extracting(f -> f.status).isEqualTo(MusicFolder.Status.online);
        assertThat(tracksIn(folder.id)).isEqualTo(1);
        assertThat(problemsFor(music)).isZero();
    }

    @Test
    void aFolderTakenOutOfTheSettingsIsKeptButMarked() throws Exception {
        Path old = Files.createDirectories(work.resolve("old"));
        MusicFolder folder = folders.reconcile(List.of(old)).get(0);
        addTrack(folder.id, "a.flac");
        folders.reconcile(List.of(Files.createDirectories(work.resolve("new"))));
        assertThat(folders.configuredFolders()).extracting(f -> f.path).doesNotContain(old.toString());
        assertThat(tracksIn(folder.id)).isEqualTo(1);
    }

    @Transactional
    void addTrack(long folderId, String path) {
        Track track = new Track();
        track.folder = MusicFolder.findById(folderId);
        track.relativePath = path;
        track.persist();
    }

    @Transactional
    long tracksIn(long folderId) {
        return Track.count("folder.id", folderId);
    }

    @Transactional
    long problemsFor(Path path) {
        return LibraryProblem.count("path", path.toString());
    }
}
