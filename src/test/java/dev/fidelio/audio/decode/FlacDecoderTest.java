package dev.fidelio.audio.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.testmusic.FlacWriter;
import dev.fidelio.testmusic.Pcm;
import dev.fidelio.testmusic.WavWriter;
import dev.fidelio.testsupport.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlacDecoderTest {

    private static final int STREAMINFO_MD5_OFFSET = 4 + 4 + 18;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"8,1,44100", "16,2,44100", "16,6,48000", "24,2,96000", "24,2,192000", "24,1,384000", "24,8,88200", "12,2,32000"})
    void decodesTheSamplesTheEncoderWasGivenAndMatchesTheStreamInfoMd5(int bits, int channels, int rate) throws Exception {
        Pcm pcm = TestPcm.signal(rate, bits, channels, 10_000, bits * 7L + channels);
        byte[] flac = FlacWriter.write(pcm, Map.of("TITLE", List.of("x")), null);
        Path file = Files.write(dir.resolve("a.flac"), flac);

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(source.format().sampleRate()).isEqualTo(rate);
            assertThat(source.format().bitsPerSample()).isEqualTo(bits);
            assertThat(source.format().channels()).isEqualTo(channels);
            assertThat(source.remainingFrames()).isEqualTo(10_000);
            int[] decoded = TestPcm.readAll(source);
            assertThat(decoded).isEqualTo(TestPcm.interleaved(pcm));
            assertThat(md5(TestPcm.littleEndian(decoded, bits)))
                    .isEqualTo(Arrays.copyOfRange(flac, STREAMINFO_MD5_OFFSET, STREAMINFO_MD5_OFFSET + 16));
            assertThat(source.signalPath()).containsExactly("FLAC " + source.format().shortForm());
        }
    }

    @Test
    void seeksToTheExactSampleAroundFrameBoundaries() throws IOException {
        Pcm pcm = TestPcm.signal(192000, 24, 2, 50_000, 11);
        Path file = Files.write(dir.resolve("seek.flac"), FlacWriter.write(pcm, Map.of(), null));
        assertSeeksMatch(file, TestPcm.interleaved(pcm), 2, 50_000, FlacWriter.BLOCK_SIZE);
    }

    /** The reference encoder's output (LPC, mid/side, variable Rice), with and without a seek table. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void matchesTheFlacToolByteForByteAndSeeks(boolean seekTable) throws Exception {
        ExternalTool flac = ExternalTool.require("flac");
        int frames = 200_000;
        Pcm pcm = TestPcm.signal(96000, 24, 2, frames, 12);
        Path wav = Files.write(dir.resolve("in.wav"), WavWriter.write(pcm, Map.of(), null));
        Path encoded = dir.resolve("out.flac");
        flac.run("--silent", "-8", "--blocksize=4608", seekTable ? "--seekpoint=1000x" : "--no-seektable", "-o", encoded.toString(), wav.toString());
        Path raw = dir.resolve("out.raw");
        flac.run("--silent", "-d", "--force-raw-format", "--endian=little", "--sign=signed", "-o", raw.toString(), encoded.toString());

        int[] decoded;
        try (PcmSource source = Decoders.open(encoded, 0)) {
            decoded = TestPcm.readAll(source);
        }
        assertThat(TestPcm.littleEndian(decoded, 24)).isEqualTo(Files.readAllBytes(raw));
        assertThat(decoded).isEqualTo(TestPcm.interleaved(pcm));
        assertSeeksMatch(encoded, decoded, 2, frames, 4608);
    }

    @Test
    void aCorruptedFrameIsReportedNotPlayedAsSilence() throws IOException {
        Pcm pcm = TestPcm.signal(44100, 16, 2, 20_000, 13);
        byte[] flac = FlacWriter.write(pcm, Map.of(), null);
        flac[flac.length / 2] ^= 0x10;
        Path file = Files.write(dir.resolve("bad.flac"), flac);

        try (PcmSource source = Decoders.open(file, 0)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestPcm.readAll(source))
                    .isInstanceOf(dev.fidelio.audio.CorruptAudioException.class);
        }
    }

    private static void assertSeeksMatch(Path file, int[] all, int channels, int frames, int blockSize) throws IOException {
        long[] starts = {0, 1, blockSize - 1, blockSize, blockSize + 1, frames / 2, frames / 2 + 3,
                (long) (frames / blockSize) * blockSize - 1, (long) (frames / blockSize) * blockSize,
                (long) (frames / blockSize) * blockSize + 1, frames - 1, frames};
        for (long start : starts) {
            try (PcmSource source = Decoders.open(file, start)) {
                assertThat(source.remainingFrames()).isEqualTo(frames - start);
                assertThat(TestPcm.readAll(source)).as("from sample %d", start)
                        .isEqualTo(Arrays.copyOfRange(all, (int) start * channels, all.length));
            }
        }
    }

    private static byte[] md5(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("MD5").digest(bytes);
    }
}
