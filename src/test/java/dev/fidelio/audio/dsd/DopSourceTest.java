package dev.fidelio.audio.dsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.decode.TestPcm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DopSourceTest {

    private static final int DSD64 = 2_822_400;

    @TempDir
    Path dir;

    @Test
    void carriesEveryDsdBitInOrderUnderAlternatingMarkers() throws IOException {
        byte[][] dsd = randomDsd(2, 3 * DsdTestFiles.DSF_BLOCK + 100);
        for (Path file : new Path[] {DsdTestFiles.dsf(dir.resolve("a.dsf"), dsd, DSD64), DsdTestFiles.dff(dir.resolve("a.dff"), dsd, DSD64, "DSD ")}) {
            try (PcmSource source = DopSource.open(file, 0)) {
                assertThat(source.format().sampleRate()).isEqualTo(176_400);
                assertThat(source.format().bitsPerSample()).isEqualTo(24);
                assertThat(source.signalPath()).first().asString().endsWith("as DoP 24/176.4");
                int[] samples = TestPcm.readAll(source);
                assertThat(samples).hasSize(dsd[0].length / 2 * 2);
                assertCarries(samples, dsd, 0);
            }
        }
    }

    @Test
    void seekingKeepsTheMarkerSequenceAndTheBits() throws IOException {
        byte[][] dsd = randomDsd(6, 2 * DsdTestFiles.DSF_BLOCK + 10);
        Path file = DsdTestFiles.dsf(dir.resolve("six.dsf"), dsd, DSD64 * 2);
        int frames = dsd[0].length / 2;
        for (long start : new long[] {1, 2047, 2048, 2049, frames - 1, frames}) {
            try (PcmSource source = DopSource.open(file, start)) {
                assertThat(source.format().sampleRate()).isEqualTo(352_800);
                assertThat(source.remainingFrames()).isEqualTo(frames - start);
                assertCarries(TestPcm.readAll(source), dsd, start);
            }
        }
    }

    /** Frame {@code k} (absolute) holds bytes 2k, 2k+1 of each channel under marker 0x05 for even k, 0xFA for odd. */
    private static void assertCarries(int[] samples, byte[][] dsd, long firstFrame) {
        int channels = dsd.length;
        for (int i = 0; i < samples.length / channels; i++) {
            long frame = firstFrame + i;
            int marker = frame % 2 == 0 ? 0x05 : 0xFA;
            for (int c = 0; c < channels; c++) {
                int word = samples[i * channels + c];
                assertThat(word).as("24-bit sample").isBetween(-(1 << 23), (1 << 23) - 1);
                assertThat((word >> 16) & 0xFF).as("marker of frame %d channel %d", frame, c).isEqualTo(marker);
                assertThat((word >> 8) & 0xFF).isEqualTo(dsd[c][(int) (2 * frame)] & 0xFF);
                assertThat(word & 0xFF).isEqualTo(dsd[c][(int) (2 * frame + 1)] & 0xFF);
            }
        }
    }

    private static byte[][] randomDsd(int channels, int bytes) {
        Random random = new Random(channels);
        byte[][] dsd = new byte[channels][bytes];
        Arrays.stream(dsd).forEach(random::nextBytes);
        return dsd;
    }
}
