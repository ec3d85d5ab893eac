package dev.fidelio.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.fidelio.testmusic.SampleLibraryGenerator;

public final class TestFiles {

    private TestFiles() {
    }

    /** The generated sample library, shared by all tests of a build. */
    public static Path sampleLibrary() {
        return SampleLibraryGenerator.ensureDefault();
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
