package dev.fidelio.audio.wavpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.alac.TestAudio;
import dev.fidelio.audio.alac.TestAudio.Kind;
import dev.fidelio.testsupport.ExternalTool;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files this decoder cannot play say why; broken and hostile files end in {@link CorruptAudioException} or
 * {@link UnsupportedAudioException}, never in another exception, an endless loop or a huge allocation.
 */
class WavPackBadInputTest {

    @TempDir
    Path dir;

    private byte[] stereo;

    @BeforeEach
    void encode() throws Exception {
        stereo = Files.readAllBytes(encode("-h", TestAudio.signal(Kind.MIXED, 2, 30_000, 16, 44_100, 9), 16));
    }

    @Test
    void dsdIsUnsupported() {
        Path fixture = Path.of("test-music/fixtures/tone-dsd.wv");
        assertThatThrownBy(() -> WavPackDecoder.open(fixture, 0)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("DSD");
    }

    @Test
    void hybridLossyIsUnsupported() throws Exception {
        Path wv = encode("-b256", TestAudio.signal(Kind.SINE, 2, 10_000, 16, 44_100, 1), 16);
        assertThatThrownBy(() -> drain(Files.readAllBytes(wv))).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("hybrid");
    }

    @Test
    void floatIsUnsupported() throws Exception {
        Path wav = dir.resolve("float.wav");
        ExternalTool.require("ffmpeg").run("-nostdin", "-v", "error", "-f", "lavfi", "-i",
                "sine=frequency=1000:duration=0.2", "-c:a", "pcm_f32le", wav.toString());
        Path wv = dir.resolve("float.wv");
        ExternalTool.require("wavpack").run("-q", "-y", wav.toString(), "-o", wv.toString());
        assertThatThrownBy(() -> drain(Files.readAllBytes(wv))).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("floating-point");
    }

    @Test
    void notWavPackIsUnsupported() throws Exception {
        assertThat(WavPackDecoder.matches(Files.readAllBytes(Path.of("test-music/fixtures/tone-alac.m4a"))))
                .isFalse();
        assertThatThrownBy(() -> drain(Files.readAllBytes(Path.of("test-music/fixtures/tone-cbr.mp3"))))
                .isInstanceOf(UnsupportedAudioException.class);
    }

    @Test
    void aFlippedBitFailsTheBlockCrc() {
        byte[] damaged = stereo.clone();
        damaged[damaged.length / 2] ^= 0x10;
        assertThatThrownBy(() -> drain(damaged)).isInstanceOf(CorruptAudioException.class);
        byte[] wrongCrc = stereo.clone();
        wrongCrc[28] ^= 1;
        assertThatThrownBy(() -> drain(wrongCrc)).isInstanceOf(CorruptAudioException.class)
                .hasMessageContaining("CRC");
    }

    @Test
    void truncatedFilesAreCorrupt() {
        for (int length : new int[] {40, 100, stereo.length / 3, stereo.length / 2, stereo.length - 1}) {
            byte[] cut = Arrays.copyOf(stereo, length);
            assertThatThrownBy(() -> drain(cut)).as("cut to %d bytes", length)
                    .isInstanceOf(CorruptAudioException.class);
        }
    }

    @Test
    void absurdHeaderValuesAreRejected() {
        assertThatThrownBy(() -> drain(patchInt(stereo, 4, 0x7FFF_FFF0))).isInstanceOf(CorruptAudioException.class)
                .hasMessageContaining("bytes");
        assertThatThrownBy(() -> drain(patchInt(stereo, 20, 0x7FFF_FFF0))).isInstanceOf(CorruptAudioException.class)
                .hasMessageContaining("samples");
        byte[] version = stereo.clone();
        version[8] = 0x20;
        assertThatThrownBy(() -> drain(version)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("version");
    }

    @Test
    void randomlyDamagedFilesNeverEscapeAsOtherExceptions() {
        Random random = new Random(4321);
        for (int round = 0; round < 400; round++) {
            byte[] damaged = stereo.clone();
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                // Half the damage goes to the first block's header and metadata, where it is most dangerous.
                int at = random.nextBoolean() ? 4 + random.nextInt(120) : random.nextInt(damaged.length);
                damaged[at] = (byte) random.nextInt(256);
            }
            try {
                drain(damaged);
            } catch (CorruptAudioException | UnsupportedAudioException expected) {
                // fine: the damage was detected
            } catch (RuntimeException | IOException e) {
                fail("round " + round + " failed with " + e, e);
            }
        }
    }

    private void drain(byte[] bytes) throws IOException {
        Path file = dir.resolve("test.wv");
        Files.write(file, bytes);
        try (WavPackDecoder decoder = WavPackDecoder.open(file, 0)) {
            TestAudio.readAll(decoder);
        }
    }

    private Path encode(String mode, int[][] source, int bits) throws Exception {
        Path wav = dir.resolve("in.wav");
        Path wv = dir.resolve("out-" + System.nanoTime() + ".wv");
        TestAudio.writeWav(wav, 44_100, bits, source);
        ExternalTool.require("wavpack").run("-q", "-y", mode, wav.toString(), "-o", wv.toString());
        return wv;
    }

    private static byte[] patchInt(byte[] data, int at, int value) {
        byte[] copy = data.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return copy;
    }
}
