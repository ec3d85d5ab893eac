package dev.fidelio.audio.decode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.testmusic.FlacWriter;
import dev.fidelio.testmusic.Pcm;
import dev.fidelio.testmusic.WavWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and hostile files end in a clear exception, never in an endless loop or a huge allocation. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void emptyAndUnknownFilesAreUnsupported() throws IOException {
        assertThatThrownBy(() -> Decoders.open(write("empty.flac", new byte[0]), 0))
                .isInstanceOf(UnsupportedAudioException.class).hasMessageContaining("empty.flac");
        assertThatThrownBy(() -> Decoders.open(write("text.wav", "hello, this is not audio".getBytes()), 0))
                .isInstanceOf(UnsupportedAudioException.class);
    }

    @Test
    void theExtensionDoesNotMatterTheMagicBytesDo() throws IOException {
        Pcm pcm = TestPcm.signal(44100, 16, 2, 100, 1);
        try (PcmSource source = Decoders.open(write("really-flac.wav", FlacWriter.write(pcm, Map.of(), null)), 0)) {
            org.assertj.core.api.Assertions.assertThat(source.signalPath()).containsExactly("FLAC 16/44.1");
        }
    }

    @Test
    void truncatedFilesReportWhereTheAudioStops() throws IOException {
        Pcm pcm = TestPcm.signal(48000, 24, 2, 20_000, 2);
        byte[] flac = FlacWriter.write(pcm, Map.of(), null);
        byte[] wav = WavWriter.write(pcm, Map.of(), null);
        for (Path file : new Path[] {write("cut.flac", Arrays.copyOf(flac, flac.length / 2)), write("cut.wav", Arrays.copyOf(wav, wav.length / 2))}) {
            try (PcmSource source = Decoders.open(file, 0)) {
                assertThatThrownBy(() -> TestPcm.readAll(source))
                        .isInstanceOf(CorruptAudioException.class).hasMessageContaining("truncated");
            }
        }
        assertThatThrownBy(() -> Decoders.open(write("header-only.flac", Arrays.copyOf(flac, 20)), 0))
                .isInstanceOf(CorruptAudioException.class);
        assertThatThrownBy(() -> Decoders.open(write("no-data.wav", Arrays.copyOf(wav, 40)), 0))
                .isInstanceOf(CorruptAudioException.class);
    }

    @Test
    void absurdWavHeadersAreRefused() throws IOException {
        byte[] data = TestChunks.chunk("data", new byte[64], ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(() -> Decoders.open(wav(TestChunks.wavFormat(1, 65535, 44100, 16), data), 0))
                .isInstanceOf(UnsupportedAudioException.class).hasMessageContaining("65535 channels");
        assertThatThrownBy(() -> Decoders.open(wav(TestChunks.wavFormat(1, 2, 0, 16), data), 0))
                .isInstanceOf(CorruptAudioException.class).hasMessageContaining("sample rate of 0");
        assertThatThrownBy(() -> Decoders.open(wav(TestChunks.wavFormat(1, 2, 44100, 0), data), 0))
                .isInstanceOf(CorruptAudioException.class);
        assertThatThrownBy(() -> Decoders.open(wav(TestChunks.wavFormat(0x55, 2, 44100, 16), data), 0))
                .isInstanceOf(UnsupportedAudioException.class);
        assertThatThrownBy(() -> Decoders.open(wav(new byte[4], data), 0)).isInstanceOf(CorruptAudioException.class);
        // A data chunk claiming 4 GB in a tiny file: reading stops at the real end with an error.
        byte[] huge = TestChunks.chunk("data", new byte[64], 0xFFFF_FFF0L, ByteOrder.LITTLE_ENDIAN);
        try (PcmSource source = Decoders.open(wav(TestChunks.wavFormat(1, 2, 44100, 16), huge), 0)) {
            assertThatThrownBy(() -> TestPcm.readAll(source)).isInstanceOf(CorruptAudioException.class);
        }
    }

    @Test
    void absurdAiffHeadersAreRefused() throws IOException {
        byte[] samples = new byte[64];
        assertThatThrownBy(() -> Decoders.open(aifc(TestChunks.aifcCommon(-32768, 16, 16, 44100, "NONE"), samples), 0))
                .isInstanceOf(CorruptAudioException.class);
        byte[] zeroRate = TestChunks.aifcCommon(2, 16, 16, 44100, "NONE");
        Arrays.fill(zeroRate, 8, 18, (byte) 0);
        assertThatThrownBy(() -> Decoders.open(aifc(zeroRate, samples), 0))
                .isInstanceOf(CorruptAudioException.class).hasMessageContaining("sample rate of 0");
        byte[] hugeRate = TestChunks.aifcCommon(2, 16, 16, 44100, "NONE");
        hugeRate[8] = 0x7F;
        assertThatThrownBy(() -> Decoders.open(aifc(hugeRate, samples), 0)).isInstanceOf(UnsupportedAudioException.class);
        assertThatThrownBy(() -> Decoders.open(aifc(TestChunks.aifcCommon(2, 16, 16, 44100, "ulaw"), samples), 0))
                .isInstanceOf(UnsupportedAudioException.class).hasMessageContaining("ulaw");
    }

    @Test
    void absurdFlacStreamInfoIsRefused() throws IOException {
        Pcm pcm = TestPcm.signal(44100, 16, 2, 1000, 3);
        byte[] flac = FlacWriter.write(pcm, Map.of(), null);
        byte[] zeroRate = flac.clone();
        zeroRate[18] = 0;
        zeroRate[19] = 0;
        zeroRate[20] &= 0x0F;
        assertThatThrownBy(() -> Decoders.open(write("rate0.flac", zeroRate), 0))
                .isInstanceOf(CorruptAudioException.class).hasMessageContaining("sample rate of 0");
        byte[] hugeBlock = flac.clone();
        ByteBuffer.wrap(hugeBlock).put(4, (byte) 0x7F).put(5, (byte) 0xFF).put(6, (byte) 0xFF); // last-flag off, length 16 MB
        assertThatThrownBy(() -> Decoders.open(write("block.flac", hugeBlock), 0)).isInstanceOf(CorruptAudioException.class);
    }

    private Path wav(byte[] fmt, byte[] data) throws IOException {
        return write("bad.wav", TestChunks.riff("RIFF", TestChunks.chunk("fmt ", fmt, ByteOrder.LITTLE_ENDIAN), data));
    }

    private Path aifc(byte[] common, byte[] samples) throws IOException {
        return write("bad.aifc", TestChunks.aifc(common, samples));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
