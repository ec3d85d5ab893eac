package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.ScanRun;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A temporary music folder holding a copy of one sample album, for tests that move, change and delete files. Its
 * albums share tag keys with the sample library's, so a test removes its tracks again when it is done. Tests of other
 * packages scan and forget folders of their own making with it too.
 */
public final class ScratchAlbum {

    private ScratchAlbum() {
    }

    /** A new temporary folder with the sample album {@code album} copied into its subfolder {@code folder}. */
    public static Path copy(String album, String folder) throws IOException {
        Path scratch = Files.createTempDirectory("fidelio-scratch");
        Path target = Files.createDirectories(scratch.resolve(folder));
        try (Stream<Path> files = Files.list(TestFiles.sampleLibrary().resolve(album))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return scratch;
    }

    /** Scans only the scratch folder; the scan waits behind any that runs, and is the one reported. */
    public static ScanRun scan(LibraryScanner scanner, ScanRuns runs, ScanKind kind, Path scratch) {
        return Scans.await(runs, scanner.start(kind, java.util.List.of(scratch)));
    }

    /** The id of the music folder at {@code path}. */
    public static long folderId(Path path) {
        return QuarkusTransaction.requiringNew().call(() -> MusicFolder.<MusicFolder>find("path", path.toString()).singleResult().id);
    }

    /** The ids of the tracks in the music folder at {@code path}. */
    public static List<UUID> tracksIn(Path path) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Track.<Track>list("folder.path", path.toString()).stream().map(t -> t.id).toList());
    }

    /** Leaves the library as it was: the scratch folder's tracks and what only they referred to go. */
    public static void forget(LibraryStore store, Collection<UUID> trackIds, Path scratch) {
        store.delete(trackIds);
        store.deleteOrphans();
        store.analyze();
        TestFiles.deleteTree(scratch);
    }
}
