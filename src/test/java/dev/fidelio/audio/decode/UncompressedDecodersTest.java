package dev.fidelio.audio.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.testmusic.AiffWriter;
import dev.fidelio.testmusic.Pcm;
import dev.fidelio.testmusic.WavWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UncompressedDecodersTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"16,1,44100", "16,2,48000", "24,2,96000", "24,6,192000", "16,6,44100", "24,1,384000"})
    void wavDecodesTheSamplesTheWriterWrote(int bits, int channels, int rate) throws IOException {
        Pcm pcm = TestPcm.signal(rate, bits, channels, 5000, bits * 31L + channels);
        Path file = write("a.wav", WavWriter.write(pcm, Map.of("TITLE", List.of("x")), null));

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(source.format().bitsPerSample()).isEqualTo(bits);
            assertThat(source.format().channels()).isEqualTo(channels);
            assertThat(source.format().sampleRate()).isEqualTo(rate);
            assertThat(source.remainingFrames()).isEqualTo(5000);
            assertThat(TestPcm.readAll(source)).isEqualTo(TestPcm.interleaved(pcm));
            assertThat(source.signalPath()).containsExactly("WAV " + source.format().shortForm());
        }
    }

    @ParameterizedTest
    @CsvSource({"8,1,44100", "16,2,44100", "24,2,192000", "24,6,48000", "8,6,22050"})
    void aiffDecodesTheSamplesTheWriterWrote(int bits, int channels, int rate) throws IOException {
        Pcm pcm = TestPcm.signal(rate, bits, channels, 3001, bits * 17L + channels);
        Path file = write("a.aiff", AiffWriter.write(pcm, Map.of("TITLE", List.of("x")), null));

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(source.format().sampleRate()).isEqualTo(rate);
            assertThat(TestPcm.readAll(source)).isEqualTo(TestPcm.interleaved(pcm));
            assertThat(source.signalPath()).containsExactly("AIFF " + source.format().shortForm());
        }
    }

    @Test
    void eightBitWavIsUnsigned() throws IOException {
        byte[] data = {(byte) 0x80, (byte) 0xFF, 0x00, 0x7F, 0x01};
        Path file = write("u8.wav", TestChunks.riff("RIFF",
                TestChunks.chunk("fmt ", TestChunks.wavFormat(1, 1, 8000, 8), ByteOrder.LITTLE_ENDIAN),
                TestChunks.chunk("data", data, ByteOrder.LITTLE_ENDIAN)));

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(source.format().bitsPerSample()).isEqualTo(8);
            assertThat(TestPcm.readAll(source)).containsExactly(0, 127, -128, -1, -127);
        }
    }

    @Test
    void floatWavBecomes32BitIntegersClampedAtFullScale() throws IOException {
        float[] values = {0f, 0.5f, -0.5f, 1f, -1f, 1.5f, -2f, Float.NaN};
        ByteBuffer data = TestChunks.buffer(4 * values.length, ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            data.putFloat(v);
        }
        Path file = write("f.wav", TestChunks.riff("RIFF",
                TestChunks.chunk("fmt ", TestChunks.wavFormat(3, 2, 48000, 32), ByteOrder.LITTLE_ENDIAN),
                TestChunks.chunk("data", data.array(), ByteOrder.LITTLE_ENDIAN)));

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(source.format().bitsPerSample()).isEqualTo(32);
            assertThat(TestPcm.readAll(source)).containsExactly(0, 1 << 30, -(1 << 30), Integer.MAX_VALUE,
                    Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, 0);
            assertThat(source.signalPath()).containsExactly("WAV 32-bit float 48 kHz → 32-bit integer");
        }
    }

    @Test
    void doubleWavIsDecodedToo() throws IOException {
        ByteBuffer data = TestChunks.buffer(16, ByteOrder.LITTLE_ENDIAN).putDouble(0.25).putDouble(-1);
        Path file = write("d.wav", TestChunks.riff("RIFF",
                TestChunks.chunk("fmt ", TestChunks.wavFormat(3, 1, 44100, 64), ByteOrder.LITTLE_ENDIAN),
                TestChunks.chunk("data", data.array(), ByteOrder.LITTLE_ENDIAN)));

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(TestPcm.readAll(source)).containsExactly(1 << 29, Integer.MIN_VALUE);
            assertThat(source.signalPath()).containsExactly("WAV 64-bit float 44.1 kHz → 32-bit integer");
        }
    }

    @Test
    void rf64TakesTheDataSizeFromDs64AndSkipsOddChunksWithTheirPadding() throws IOException {
        Pcm pcm = TestPcm.signal(96000, 16, 2, 777, 5);
        byte[] samples = pcm.interleaved(ByteOrder.LITTLE_ENDIAN);
        byte[] ds64 = TestChunks.buffer(28, ByteOrder.LITTLE_ENDIAN).putLong(0).putLong(samples.length).putLong(777).putInt(0).array();
        byte[] trailing = TestChunks.chunk("junk", new byte[100], ByteOrder.LITTLE_ENDIAN);
        Path file = write("a.rf64", TestChunks.riff("RF64",
                TestChunks.chunk("ds64", ds64, ByteOrder.LITTLE_ENDIAN),
                TestChunks.chunk("odd ", new byte[3], ByteOrder.LITTLE_ENDIAN),
                TestChunks.chunk("fmt ", TestChunks.wavFormat(1, 2, 96000, 16), ByteOrder.LITTLE_ENDIAN),
                TestChunks.chunk("data", samples, 0xFFFF_FFFFL, ByteOrder.LITTLE_ENDIAN),
                trailing));

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(source.remainingFrames()).isEqualTo(777);
            assertThat(TestPcm.readAll(source)).isEqualTo(TestPcm.interleaved(pcm));
        }
    }

    @Test
    void streamedWavWithUnknownDataSizeRunsToTheEndOfTheFile() throws IOException {
        Pcm pcm = TestPcm.signal(44100, 24, 2, 1234, 6);
        for (long declared : new long[] {0, 0xFFFF_FFFFL}) {
            Path file = write("s" + declared + ".wav", TestChunks.riff("RIFF",
                    TestChunks.chunk("fmt ", TestChunks.wavFormat(1, 2, 44100, 24), ByteOrder.LITTLE_ENDIAN),
                    TestChunks.chunk("data", pcm.interleaved(ByteOrder.LITTLE_ENDIAN), declared, ByteOrder.LITTLE_ENDIAN)));
            try (PcmSource source = Decoders.open(file, 0)) {
                assertThat(TestPcm.readAll(source)).isEqualTo(TestPcm.interleaved(pcm));
            }
        }
    }

    @Test
    void aifcSowtIsLittleEndian() throws IOException {
        Pcm pcm = TestPcm.signal(44100, 16, 2, 999, 7);
        Path file = write("sowt.aifc", TestChunks.aifc(TestChunks.aifcCommon(2, 999, 16, 44100, "sowt"),
                pcm.interleaved(ByteOrder.LITTLE_ENDIAN)));

        try (PcmSource source = Decoders.open(file, 0)) {
            assertThat(TestPcm.readAll(source)).isEqualTo(TestPcm.interleaved(pcm));
            assertThat(source.signalPath()).containsExactly("AIFC 16/44.1");
        }
    }

    @Test
    void aifcNoneAndTwosAreBigEndian() throws IOException {
        Pcm pcm = TestPcm.signal(88200, 24, 1, 999, 8);
        for (String compression : List.of("NONE", "twos")) {
            Path file = write(compression + ".aifc", TestChunks.aifc(TestChunks.aifcCommon(1, 999, 24, 88200, compression),
                    pcm.interleaved(ByteOrder.BIG_ENDIAN)));
            try (PcmSource source = Decoders.open(file, 0)) {
                assertThat(source.format().sampleRate()).isEqualTo(88200);
                assertThat(TestPcm.readAll(source)).isEqualTo(TestPcm.interleaved(pcm));
            }
        }
    }

    @Test
    void aifcFloatBecomes32BitIntegers() throws IOException {
        ByteBuffer data = TestChunks.buffer(12, ByteOrder.BIG_ENDIAN).putFloat(0.25f).putFloat(-0.75f).putFloat(3f);
        for (String compression : List.of("fl32", "FL32")) {
            Path file = write(compression + ".aifc", TestChunks.aifc(TestChunks.aifcCommon(1, 3, 32, 48000, compression), data.array()));
            try (PcmSource source = Decoders.open(file, 0)) {
                assertThat(TestPcm.readAll(source)).containsExactly(1 << 29, -(3 << 29), Integer.MAX_VALUE);
                assertThat(source.signalPath()).containsExactly("AIFC 32-bit float 48 kHz → 32-bit integer");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"wav", "aiff"})
    void seekingStartsAtExactlyTheRequestedFrame(String type) throws IOException {
        Pcm pcm = TestPcm.signal(48000, 24, 2, 10_000, 9);
        byte[] bytes = type.equals("wav") ? WavWriter.write(pcm, Map.of(), null) : AiffWriter.write(pcm, Map.of(), null);
        Path file = write("seek." + type, bytes);
        int[] all = TestPcm.interleaved(pcm);
        for (long start : new long[] {0, 1, 4095, 4096, 5000, 9999, 10_000}) {
            try (PcmSource source = Decoders.open(file, start)) {
                assertThat(source.remainingFrames()).isEqualTo(10_000 - start);
                assertThat(TestPcm.readAll(source)).as("from %d", start)
                        .isEqualTo(Arrays.copyOfRange(all, (int) start * 2, all.length));
            }
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
