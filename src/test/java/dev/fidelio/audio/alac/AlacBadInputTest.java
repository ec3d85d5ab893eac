package dev.fidelio.audio.alac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.alac.TestAudio.Kind;
import dev.fidelio.testsupport.ExternalTool;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files end in {@link CorruptAudioException} or {@link UnsupportedAudioException}, never in
 * another exception, an endless loop or a huge allocation; unusual but valid box layouts still decode.
 */
class AlacBadInputTest {

    private static final int FRAMES = 10_000;

    @TempDir
    Path dir;

    private int[][] source;
    private byte[] moovLast;
    private byte[] moovFirst;

    @BeforeEach
    void encode() throws Exception {
        source = TestAudio.signal(Kind.MIXED, 2, FRAMES, 16, 44_100, 3);
        Path wav = dir.resolve("in.wav");
        TestAudio.writeWav(wav, 44_100, 16, source);
        ExternalTool ffmpeg = ExternalTool.require("ffmpeg");
        ffmpeg.run("-nostdin", "-v", "error", "-i", wav.toString(), "-c:a", "alac", dir.resolve("last.m4a").toString());
        ffmpeg.run("-nostdin", "-v", "error", "-i", wav.toString(), "-c:a", "alac", "-movflags", "+faststart",
                dir.resolve("first.m4a").toString());
        moovLast = Files.readAllBytes(dir.resolve("last.m4a"));
        moovFirst = Files.readAllBytes(dir.resolve("first.m4a"));
        assertThat(indexOf(moovLast, "moov")).isGreaterThan(indexOf(moovLast, "mdat"));
        assertThat(indexOf(moovFirst, "moov")).isLessThan(indexOf(moovFirst, "mdat"));
    }

    @Test
    void moovWithA64BitSizeOrSizeZeroAfterMdatStillDecodes() throws Exception {
        int moov = indexOf(moovLast, "moov") - 4;
        int size = ByteBuffer.wrap(moovLast).getInt(moov);
        byte[] wide = new byte[moovLast.length + 8];
        System.arraycopy(moovLast, 0, wide, 0, moov);
        ByteBuffer.wrap(wide, moov, 16).putInt(1).put("moov".getBytes(StandardCharsets.US_ASCII)).putLong(size + 8);
        System.arraycopy(moovLast, moov + 8, wide, moov + 16, size - 8);
        assertThat(decode(wide)).isEqualTo(TestAudio.interleave(source));

        byte[] toEnd = moovLast.clone();
        ByteBuffer.wrap(toEnd).putInt(moov, 0);
        assertThat(decode(toEnd)).isEqualTo(TestAudio.interleave(source));
    }

    @Test
    void truncatedFilesAreCorrupt() {
        for (byte[] file : new byte[][] {moovLast, moovFirst}) {
            for (int length : new int[] {0, 7, 8, 40, file.length / 3, file.length / 2, file.length - 1}) {
                byte[] cut = Arrays.copyOf(file, length);
                assertThatThrownBy(() -> decode(cut)).as("cut to %d bytes", length)
                        .isInstanceOfAny(CorruptAudioException.class, UnsupportedAudioException.class);
            }
        }
    }

    @Test
    void absurdCookieValuesAreRejected() {
        int cookie = cookieOffset(moovFirst);
        assertRejected(patchInt(moovFirst, cookie, 0x7FFF_FFFF), CorruptAudioException.class, "frame length");
        assertRejected(patchByte(moovFirst, cookie + 9, 255), UnsupportedAudioException.class, "255 channels");
        assertRejected(patchByte(moovFirst, cookie + 5, 17), UnsupportedAudioException.class, "17 bits");
    }

    @Test
    void absurdTableAndBoxSizesAreRejected() {
        int stsz = indexOf(moovFirst, "stsz");
        assertRejected(patchInt(moovFirst, stsz + 12, 0xFFFF_FFFF), CorruptAudioException.class, "stsz");
        int stco = indexOf(moovFirst, "stco");
        assertRejected(patchInt(moovFirst, stco + 8, 0x4000_0000), CorruptAudioException.class, "stco");
        int moov = indexOf(moovFirst, "moov") - 4;
        assertRejected(patchInt(moovFirst, moov, 0x7FFF_FFF0), CorruptAudioException.class, "claims");
        assertRejected(patchInt(moovFirst, stsz + 20, 0x7FFF_FFF0), CorruptAudioException.class, "bytes");
        int chunkOffset = ByteBuffer.wrap(moovFirst).getInt(stco + 12);
        assertRejected(patchInt(moovFirst, stco + 12, chunkOffset + moovFirst.length), CorruptAudioException.class,
                "ends");
    }

    @Test
    void randomlyDamagedPacketsNeverEscapeAsOtherExceptions() throws Exception {
        Random random = new Random(1234);
        int mdat = indexOf(moovFirst, "mdat") + 4;
        for (int round = 0; round < 300; round++) {
            byte[] damaged = moovFirst.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                int at = mdat + random.nextInt(damaged.length - mdat);
                damaged[at] ^= (byte) (1 << random.nextInt(8));
            }
            try {
                decode(damaged);
            } catch (CorruptAudioException | UnsupportedAudioException expected) {
                // fine: the damage was detected
            } catch (RuntimeException | IOException e) {
                fail("round " + round + " failed with " + e, e);
            }
        }
    }

    @Test
    void randomlyDamagedBoxesNeverEscapeAsOtherExceptions() throws Exception {
        Random random = new Random(99);
        int mdat = indexOf(moovFirst, "mdat");
        for (int round = 0; round < 300; round++) {
            byte[] damaged = moovFirst.clone();
            int at = random.nextInt(mdat);
            damaged[at] = (byte) random.nextInt(256);
            try {
                decode(damaged);
            } catch (CorruptAudioException | UnsupportedAudioException expected) {
                // fine: the damage was detected
            } catch (RuntimeException | IOException e) {
                fail("round " + round + " (byte " + at + ") failed with " + e, e);
            }
        }
    }

    private void assertRejected(byte[] file, Class<? extends Exception> type, String message) {
        assertThatThrownBy(() -> decode(file)).isInstanceOf(type).hasMessageContaining(message);
    }

    private int[] decode(byte[] bytes) throws IOException {
        Path file = dir.resolve("test.m4a");
        Files.write(file, bytes);
        try (AlacDecoder decoder = AlacDecoder.open(file, 0)) {
            return TestAudio.readAll(decoder);
        }
    }

    /** The ALACSpecificConfig: after the 'alac' cookie box's type and its version/flags. */
    private static int cookieOffset(byte[] file) {
        int entry = indexOf(file, "alac");
        int box = indexOf(Arrays.copyOfRange(file, entry + 4, file.length), "alac") + entry + 4;
        return box + 8;
    }

    private static int indexOf(byte[] data, String type) {
        byte[] needle = type.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no '" + type + "' in the file");
    }

    private static byte[] patchInt(byte[] data, int at, int value) {
        byte[] copy = data.clone();
        ByteBuffer.wrap(copy).putInt(at, value);
        return copy;
    }

    private static byte[] patchByte(byte[] data, int at, int value) {
        byte[] copy = data.clone();
        copy[at] = (byte) value;
        return copy;
    }
}
