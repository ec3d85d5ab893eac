package dev.fidelio.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.fidelio.testmusic.FlacWriter;
import dev.fidelio.testmusic.Pcm;

/** A valid FLAC of 1024 mono frames with the given tags, for tests and benchmarks that need many or odd files. */
public final class TinyFlac {

    private static final int FRAMES = 1024;

    private TinyFlac() {
    }

    /** {@code identity} sets two samples, so each file has its own audio identity, as real tracks do. */
    public static void write(Path file, Map<String, List<String>> tags, int identity) throws IOException {
        int[] samples = new int[FRAMES];
        samples[0] = identity % 30_000;
        samples[1] = identity / 30_000;
        Files.write(file, FlacWriter.write(new Pcm(44_100, 16, new int[][] {samples}), tags, null));
    }
}
