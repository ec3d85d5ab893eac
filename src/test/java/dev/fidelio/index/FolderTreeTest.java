package dev.fidelio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.library.Folder;
import dev.fidelio.library.FolderTree;
import dev.fidelio.library.Track;
import dev.fidelio.testmusic.Manifest;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.junit.QuarkusTest;

/** The sample library browsed as its file tree. */
@QuarkusTest
class FolderTreeTest {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    FolderTree tree;

    @BeforeEach
    void scanned() {
        Scans.run(scanner, runs, ScanKind.QUICK);
    }

    @Test
    void theRootListsTheTopFoldersThatHoldAudio() {
        FolderTree.Listing root = tree.list(sampleRoot().id).orElseThrow();
        assertThat(root.folder().displayName()).isEqualTo(TestFiles.sampleLibrary().getFileName().toString());
        assertThat(root.subfolders()).extracting(f -> f.name).containsExactlyInAnyOrder("Björk Sigurdóttir",
                "Hanseatic Symphony Orchestra", "Kofi Mensah & The Accra Strings", "Mira Solberg",
                "Prague Riverside Philharmonic", "The Hollow Pines", "Various Artists", "夜明けトリオ");
        assertThat(root.subfolders()).as("a folder of broken files holds nothing to play").noneMatch(f -> f.name.equals("Broken"));
        assertThat(root.tracks()).isEmpty();
    }

    @Test
    void discFoldersAreFoldersOfTheirAlbumFolder() {
        FolderTree.Listing artist = child(tree.list(sampleRoot().id).orElseThrow(), "Mira Solberg");
        FolderTree.Listing album = child(artist, "Northern Tapes (2020)");
        assertThat(album.subfolders()).extracting(f -> f.name).containsExactly("Disc 1", "Disc 2");
        FolderTree.Listing disc2 = child(album, "Disc 2");
        assertThat(disc2.tracks()).hasSize(4).allMatch(t -> t.relativePath.startsWith("Mira Solberg/Northern Tapes (2020)/Disc 2/"));
        assertThat(disc2.tracks()).extracting(t -> t.relativePath).isSorted();
    }

    @Test
    void walkingTheTreeReachesEveryTrackOnce() {
        List<UUID> reached = new ArrayList<>();
        walk(tree.list(sampleRoot().id).orElseThrow(), reached);
        assertThat(reached).doesNotHaveDuplicates().hasSize(Manifest.load().tracks().size());
    }

    @Test
    void anUnknownFolderIsEmpty() {
        assertThat(tree.list(UUID.randomUUID())).isEmpty();
    }

    private void walk(FolderTree.Listing listing, List<UUID> reached) {
        listing.tracks().forEach(t -> reached.add(t.id));
        listing.subfolders().forEach(f -> walk(tree.list(f.id).orElseThrow(), reached));
    }

    private FolderTree.Listing child(FolderTree.Listing parent, String name) {
        Folder folder = parent.subfolders().stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
        return tree.list(folder.id).orElseThrow();
    }

    @Transactional
    Folder sampleRoot() {
        String path = TestFiles.sampleLibrary().toString();
        return tree.roots().stream().filter(f -> f.musicFolder.path.equals(path)).findFirst().orElseThrow();
    }
}
