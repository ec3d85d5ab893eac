package dev.fidelio.audio.dsd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.decode.Decoders;
import dev.fidelio.audio.decode.TestPcm;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DsdBadInputTest {

    private static final int DSD64 = 2_822_400;
    private static final int CHANNELS_FIELD = 28 + 24;
    private static final int RATE_FIELD = 28 + 28;
    private static final int BLOCK_SIZE_FIELD = 28 + 44;

    @TempDir
    Path dir;

    @Test
    void absurdDsfHeadersAreRefused() throws IOException {
        assertThatThrownBy(() -> Decoders.open(patched(CHANNELS_FIELD, Integer.MIN_VALUE), 0))
                .isInstanceOf(UnsupportedAudioException.class).hasMessageContaining("2147483648 DSD channels");
        assertThatThrownBy(() -> Decoders.open(patched(RATE_FIELD, 0), 0)).isInstanceOf(UnsupportedAudioException.class);
        assertThatThrownBy(() -> Decoders.open(patched(RATE_FIELD, 44100), 0)).isInstanceOf(UnsupportedAudioException.class);
        assertThatThrownBy(() -> Decoders.open(patched(BLOCK_SIZE_FIELD, 0x7FFF_FFFF), 0))
                .isInstanceOf(CorruptAudioException.class).hasMessageContaining("block size");
        assertThatThrownBy(() -> Decoders.open(patched(BLOCK_SIZE_FIELD, 0), 0)).isInstanceOf(CorruptAudioException.class);
    }

    @Test
    void truncatedDsdIsReported() throws IOException {
        Path file = DsdTestFiles.dsf(dir.resolve("ok.dsf"), new byte[2][3 * DsdTestFiles.DSF_BLOCK], DSD64);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.dsf"), Arrays.copyOf(bytes, bytes.length - 5000));
        try (PcmSource source = Decoders.open(cut, 0)) {
            assertThatThrownBy(() -> TestPcm.readAll(source)).isInstanceOf(CorruptAudioException.class).hasMessageContaining("truncated");
        }
        try (PcmSource source = DopSource.open(cut, 0)) {
            assertThatThrownBy(() -> TestPcm.readAll(source)).isInstanceOf(CorruptAudioException.class);
        }
        assertThatThrownBy(() -> Decoders.open(Files.write(dir.resolve("head.dsf"), Arrays.copyOf(bytes, 40)), 0))
                .isInstanceOf(CorruptAudioException.class);
    }

    @Test
    void dstCompressedDffIsUnsupportedWithAClearReason() throws IOException {
        Path file = DsdTestFiles.dff(dir.resolve("dst.dff"), new byte[2][100], DSD64, "DST ");
        assertThatThrownBy(() -> Decoders.open(file, 0))
                .isInstanceOf(UnsupportedAudioException.class).hasMessageContaining("DST-compressed");
    }

    private Path patched(int offset, int value) throws IOException {
        Path file = DsdTestFiles.dsf(dir.resolve("patched.dsf"), new byte[2][DsdTestFiles.DSF_BLOCK], DSD64);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return Files.write(file, bytes);
    }
}
