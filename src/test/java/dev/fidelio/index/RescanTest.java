package dev.fidelio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.index.rules.TagRules;
import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.ScanRun;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Eventually;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.junit.QuarkusTest;

/** Incremental scans of a folder the test changes: moves, edits, deletions, an unmounted disk, hostile files. */
@QuarkusTest
class RescanTest {

    private static final String ALBUM = "Kofi Mensah & The Accra Strings/Highlife Sessions";

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @Inject
    TagRulesProvider rules;

    @Inject
    FolderWatcher watcher;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    Path scratch;

    @BeforeEach
    void copyAnAlbum() throws IOException {
        scratch = ScratchAlbum.copy(ALBUM, "Highlife");
    }

    @AfterEach
    void forgetTheScratchFolder() {
        // Its albums share tag keys with the sample library's; leave that library as it was.
        ScratchAlbum.forget(store, tracks().values(), scratch);
    }

    @Test
    void anUnchangedFolderIsNotReadAgain() {
        ScanRun first = scan(ScanKind.QUICK);
        assertThat(first.added).isEqualTo(5);
        Map<String, UUID> ids = tracks();
        ScanRun second = scan(ScanKind.QUICK);
        assertThat(second.filesDone).isZero();
        assertThat(tracks()).isEqualTo(ids);
    }

    @Test
    void movedAndRenamedFilesKeepTheirIds() throws IOException {
        scan(ScanKind.QUICK);
        Map<String, UUID> before = tracks();
        Path from = scratch.resolve("Highlife/03 Harmattan.flac");
        UUID id = before.get("Highlife/03 Harmattan.flac");
        assertThat(id).isNotNull();
        Files.createDirectories(scratch.resolve("Elsewhere"));
        Files.move(from, scratch.resolve("Elsewhere/renamed.flac"));

        ScanRun rescan = scan(ScanKind.QUICK);
        assertThat(rescan.moved).isEqualTo(1);
        assertThat(rescan.removed).isZero();
        assertThat(tracks()).containsEntry("Elsewhere/renamed.flac", id).doesNotContainKey("Highlife/03 Harmattan.flac");
        assertThat(folders()).containsExactlyInAnyOrder("", "Highlife", "Elsewhere");

        Files.move(scratch.resolve("Elsewhere/renamed.flac"), from);
        assertThat(scan(ScanKind.QUICK).moved).isEqualTo(1);
        assertThat(folders()).as("a folder left without audio leaves the tree").containsExactlyInAnyOrder("", "Highlife");
    }

    @Test
    void changedFilesAreReadAgainUnderTheSameId() throws IOException {
        scan(ScanKind.QUICK);
        UUID id = tracks().get("Highlife/01 Palm Wine Morning.flac");
        Files.setLastModifiedTime(scratch.resolve("Highlife/01 Palm Wine Morning.flac"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        ScanRun rescan = scan(ScanKind.QUICK);
        assertThat(rescan.filesDone).isEqualTo(1);
        assertThat(rescan.updated).isEqualTo(1);
        assertThat(tracks()).containsEntry("Highlife/01 Palm Wine Morning.flac", id);
    }

    @Test
    void deletedFilesAreRemovedOnlyWhenTheFolderIsThere() throws IOException {
        scan(ScanKind.QUICK);
        Files.delete(scratch.resolve("Highlife/05 Palm Wine Morning (1958 Mono Mix).flac"));
        assertThat(scan(ScanKind.QUICK).removed).isEqualTo(1);
        assertThat(tracks()).hasSize(4);

        // An unmounted disk: the folder is there but empty. Nothing is removed.
        TestFiles.deleteTree(scratch.resolve("Highlife"));
        ScanRun unmounted = scan(ScanKind.QUICK);
        assertThat(unmounted.removed).isZero();
        assertThat(tracks()).hasSize(4);
        assertThat(problems(scratch.toString())).anyMatch(p -> p.message.contains("no audio files"));

        // Gone entirely: the same.
        TestFiles.deleteTree(scratch);
        assertThat(scan(ScanKind.QUICK).removed).isZero();
        assertThat(tracks()).hasSize(4);
    }

    @Test
    void hostileFilesBecomeProblemsAndTheRestIndexes() throws IOException {
        Path hostile = Files.createDirectories(scratch.resolve("Hostile"));
        Files.write(hostile.resolve("empty.flac"), new byte[0]);
        Files.write(hostile.resolve("text.mp3"), "this is not audio at all".getBytes());
        byte[] header = Files.readAllBytes(scratch.resolve("Highlife/01 Palm Wine Morning.flac"));
        Files.write(hostile.resolve("cut.flac"), java.util.Arrays.copyOf(header, 60));
        Files.createSymbolicLink(hostile.resolve("loop"), scratch);

        ScanRun run = scan(ScanKind.QUICK);
        assertThat(run.error).isNull();
        assertThat(run.added).isEqualTo(5);
        List<LibraryProblem> problems = problems(hostile.toString());
        assertThat(problems).extracting(p -> Path.of(p.path).getFileName().toString())
                .contains("empty.flac", "text.mp3", "cut.flac", "loop");
    }

    @Test
    void changedRulesApplyToStoredTagsWithoutReadingFiles() throws Exception {
        scan(ScanKind.QUICK);
        Map<String, UUID> ids = tracks();
        TagRules shipped = rules.rules();
        try {
            // A user who wants the genre as tagged in their own words.
            rules.use(TagRules.load(Path.of("tag-rules"), Optional.of(userRules("genre Afro Highlife = Highlife\n"))));
            // Not one file can be read now: whatever the scan finds, it found in the database.
            for (Path file : Files.list(scratch.resolve("Highlife")).toList()) {
                Files.write(file, new byte[0]);
            }
            ScanRun rules = scan(ScanKind.RULES);
            assertThat(rules.error).isNull();
            assertThat(rules.updated).isEqualTo(5);
            assertThat(rules.problems).isZero();
            assertThat(genres()).containsOnly("Afro Highlife");
            assertThat(tracks()).isEqualTo(ids);
        } finally {
            rules.use(shipped);
        }
    }

    @Test
    void newFilesAreFoundWithoutAskingForAScan() throws Exception {
        scan(ScanKind.QUICK);
        watcher.watch(List.of(scratch));
        try {
            Path added = Files.createDirectories(scratch.resolve("Later/Disc 1"));
            Files.copy(scratch.resolve("Highlife/02 Kumasi Road.flac"), added.resolve("02 Kumasi Road (copy).flac"));
            Eventually.until("the watched folder's new file indexed",
                    () -> tracks().containsKey("Later/Disc 1/02 Kumasi Road (copy).flac"));
        } finally {
            watcher.watch(List.of());
        }
    }

    private Path userRules(String text) throws IOException {
        Path folder = Files.createDirectories(scratch.resolve(".rules"));
        Files.writeString(folder.resolve("mine.rules"), text);
        return folder;
    }

    @SuppressWarnings("unchecked")
    @Transactional
    List<String> genres() {
        return entityManager.createNativeQuery("SELECT DISTINCT g.name FROM track_genre tg JOIN genre g ON g.id = tg.genre_id "
                + "JOIN track t ON t.id = tg.track_id JOIN music_folder f ON f.id = t.music_folder_id WHERE f.path = ?1")
                .setParameter(1, scratch.toString()).getResultList();
    }

    private ScanRun scan(ScanKind kind) {
        return ScratchAlbum.scan(scanner, runs, kind, scratch);
    }

    @Transactional
    Map<String, UUID> tracks() {
        return Track.<Track>list("folder.path", scratch.toString()).stream().collect(Collectors.toMap(t -> t.relativePath, t -> t.id));
    }

    @SuppressWarnings("unchecked")
    @Transactional
    List<String> folders() {
        return entityManager.createNativeQuery("SELECT f.relative_path FROM folder f JOIN music_folder m ON m.id = f.music_folder_id "
                + "WHERE m.path = ?1").setParameter(1, scratch.toString()).getResultList();
    }

    @Transactional
    List<LibraryProblem> problems(String under) {
        return LibraryProblem.list("path like ?1", under + "%");
    }
}
