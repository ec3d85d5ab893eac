package dev.fidelio.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.fidelio.bench.BenchCorpus;
import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.library.LibraryStore;

/**
 * A second library for a test: N tiny tagged FLAC files, 10 an album ("Album 000000", …), 10 albums an artist
 * ("Artist 00000", …), genres Jazz and Classical, each album folder with a small cover.jpg. Indexed on creation;
 * {@link #close} takes its tracks and what only they referred to out of the library again.
 */
final class ScratchLibrary implements AutoCloseable {

    private final Path root;
    private final LibraryStore store;
    final long id;

    private ScratchLibrary(Path root, LibraryStore store, long id) {
        this.root = root;
        this.store = store;
        this.id = id;
    }

    static ScratchLibrary create(int tracks, LibraryScanner scanner, ScanRuns runs, LibraryStore store) throws IOException {
        Path root = Files.createTempDirectory("fidelio-scratch-library");
        BenchCorpus.addCovers(BenchCorpus.write(root.resolve("music"), tracks));
        ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, root.resolve("music"));
        return new ScratchLibrary(root, store, ScratchAlbum.folderId(root.resolve("music")));
    }

    String graphQLId() {
        return Long.toString(id);
    }

    @Override
    public void close() {
        ScratchAlbum.forget(store, ScratchAlbum.tracksIn(root.resolve("music")), root);
    }
}
