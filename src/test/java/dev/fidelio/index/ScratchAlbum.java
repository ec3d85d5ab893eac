package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Stream;

import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.ScanRun;
import dev.fidelio.testsupport.TestFiles;

/**
 * A temporary music folder holding a copy of one sample album, for tests that move, change and delete files. Its
 * albums share tag keys with the sample library's, so a test removes its tracks again when it is done.
 */
public final class ScratchAlbum {

    private ScratchAlbum() {
    }

    /** A new temporary folder with the sample album {@code album} copied into its subfolder {@code folder}. */
    static Path copy(String album, String folder) throws IOException {
        Path scratch = Files.createTempDirectory("fidelio-scratch");
        Path target = Files.createDirectories(scratch.resolve(folder));
        try (Stream<Path> files = Files.list(TestFiles.sampleLibrary().resolve(album))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return scratch;
    }

    /** Scans only the scratch folder, after any scan already running. */
    public static ScanRun scan(LibraryScanner scanner, ScanRuns runs, ScanKind kind, Path scratch) {
        Scans.awaitIdle(scanner, runs);
        return Scans.await(runs, scanner.start(kind, java.util.List.of(scratch)));
    }

    /** Leaves the library as it was: the scratch folder's tracks and what only they referred to go. */
    public static void forget(LibraryStore store, Collection<UUID> trackIds, Path scratch) {
        store.delete(trackIds);
        store.deleteOrphans();
        TestFiles.deleteTree(scratch);
    }
}
