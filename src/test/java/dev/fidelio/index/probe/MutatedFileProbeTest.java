package dev.fidelio.index.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.testmusic.SampleLibraryGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid files of every format, cut short and overwritten at random (with fixed seeds), must still give a result or
 * an UnreadableFileException: never another exception, which {@link FileProbe} would report as "cannot parse".
 */
class MutatedFileProbeTest {

    private static final int CUTS = 25;
    private static final int OVERWRITES = 40;
    /** Values that turn length fields into the largest or most negative numbers. */
    private static final byte[] EXTREMES = {0, (byte) 0x7F, (byte) 0x80, (byte) 0xFF};

    private final FileProbe probe = new FileProbe();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> damagedFilesNeverEscapeAsAnotherException() throws Exception {
        List<Source> sources = new ArrayList<>();
        Path library = SampleLibraryGenerator.ensureDefault();
        sources.add(new Source("flac", Files.readAllBytes(library.resolve(
                "The Hollow Pines/2019 - Lanterns Over Water/01 - Harbour Lights.flac"))));
        sources.add(new Source("wav", Files.readAllBytes(library.resolve("Björk Sigurdóttir/Hvísl (2018)/03 Á milli.wav"))));
        sources.add(new Source("aiff", Files.readAllBytes(library.resolve(
                "夜明けトリオ/坂本龍一へのオマージュ (2023)/04 さよなら、夏.aiff"))));
        for (String fixture : List.of("tone-cbr.mp3", "tone-vbr.mp3", "tone-aac.m4a", "tone-alac.m4a", "tone.ogg",
                "tone.opus", "tone.wv", "tone-dsd.wv")) {
            sources.add(new Source(fixture, Files.readAllBytes(FixtureProbeTest.fixture(fixture))));
        }
        byte[] id3 = Id3Tag.v23().text("TIT2", "Title").picture(3, "image/png", "", TestImages.png(3, 3)).bytes();
        sources.add(new Source("dsf", ContainerFiles.dsf(2, 2_822_400, 100_000, id3)));
        sources.add(new Source("dff", ContainerFiles.dff(ContainerFiles.dffProperties(2_822_400, 2, "DSD "),
                ContainerFiles.dffChunk("DSD ", new byte[4000]), ContainerFiles.dffChunk("ID3 ", id3))));
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.name(), () -> mutate(source)));
    }

    private record Source(String name, byte[] bytes) {
    }

    private void mutate(Source source) throws IOException {
        Random random = new Random(source.name().hashCode());
        byte[] original = source.bytes();
        for (int i = 0; i < CUTS; i++) {
            check(Arrays.copyOf(original, random.nextInt(original.length)), source.name() + " cut " + i);
        }
        // The headers and tags live in the first few kilobytes; damage there exercises every length check.
        int headers = Math.min(original.length, 8192);
        for (int i = 0; i < OVERWRITES; i++) {
            byte[] damaged = original.clone();
            int count = 1 + random.nextInt(4);
            for (int j = 0; j < count; j++) {
                int at = random.nextInt(headers);
                byte value = random.nextBoolean() ? EXTREMES[random.nextInt(EXTREMES.length)] : (byte) random.nextInt();
                int run = random.nextBoolean() ? 1 : Math.min(4, damaged.length - at);
                Arrays.fill(damaged, at, at + run, value);
            }
            check(damaged, source.name() + " overwrite " + i);
        }
    }

    private void check(byte[] bytes, String what) throws IOException {
        Path file = Files.write(dir.resolve("damaged"), bytes);
        try {
            ProbedFile probed = probe.probe(file);
            assertThat(probed.audio().channels()).as(what).isPositive();
            assertThat(probed.audio().sampleRate()).as(what).isPositive();
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).as(what).isNotBlank().doesNotStartWith("cannot parse");
        }
        try {
            probe.cover(file).ifPresent(cover -> assertThat(cover.data()).as(what).hasSize(cover.picture().length()));
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).as(what).isNotBlank().doesNotStartWith("cannot parse");
        }
    }
}
