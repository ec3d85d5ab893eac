package dev.fidelio.audio.encode.flac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.encode.Signals;
import dev.fidelio.testsupport.ExternalTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stream header, the file mode's patched STREAMINFO, and the reference tools' verdict on both. */
class FlacFileTest {

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(new PcmFormat(44_100, 16, 2), Signals.RANDOM_WALK, 3 * FlacEncoder.BLOCK_SIZE + 5),
                Arguments.of(new PcmFormat(192_000, 24, 2), Signals.SINES, 2 * FlacEncoder.BLOCK_SIZE),
                Arguments.of(new PcmFormat(7_350, 8, 6), Signals.NOISE, FlacEncoder.BLOCK_SIZE - 1),
                Arguments.of(new PcmFormat(384_000, 20, 1), Signals.SQUARE, 1),
                Arguments.of(new PcmFormat(44_100, 32, 2), Signals.RANDOM_WALK, FlacEncoder.BLOCK_SIZE + 1),
                Arguments.of(new PcmFormat(48_000, 16, 2), Signals.SILENCE, 0));
    }

    @ParameterizedTest(name = "{0}, {1}, {2} frames")
    @MethodSource("files")
    void fileModeWritesTheMd5TotalAndFrameSizesThatFlacVerifies(PcmFormat format, Signals signal, int frames)
            throws Exception {
        ExternalTool flac = ExternalTool.require("flac");
        int[] samples = signal.render(format, frames);
        Path file = dir.resolve("out.flac");
        // Announce an unknown length, so the total in the file can only come from the patch.
        new FlacEncoder().encodeToFile(new ArraySource(format, samples, 999, false), file);

        flac.run("-t", "-s", file.toString());
        StreamInfoFields info = StreamInfoFields.read(Files.readAllBytes(file));
        assertThat(info.totalSamples()).isEqualTo(frames);
        assertThat(info.md5()).isEqualTo(HexFormat.of().formatHex(referenceMd5(format, samples)));
        if (frames > 0) {
            assertThat(info.minFrameSize()).isPositive().isLessThanOrEqualTo(info.maxFrameSize());
        }
        ExternalTool metaflac = ExternalTool.require("metaflac");
        assertThat(metaflac.run("--show-md5sum", file.toString()).strip()).isEqualTo(info.md5());
        assertThat(metaflac.run("--show-total-samples", file.toString()).strip()).isEqualTo(Integer.toString(frames));
    }

    @Test
    void streamHeaderAnnouncesTheTotalButLeavesTheMd5Unknown() throws Exception {
        PcmFormat format = new PcmFormat(96_000, 24, 2);
        int[] samples = Signals.SINES.render(format, 10_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FlacEncoder().encode(new ArraySource(format, samples), out);

        StreamInfoFields info = StreamInfoFields.read(out.toByteArray());
        assertThat(info.totalSamples()).isEqualTo(10_000);
        assertThat(info.md5()).isEqualTo("0".repeat(32));
        assertThat(info.minFrameSize()).isZero();
        assertThat(info.maxFrameSize()).isZero();
        assertThat(info.minBlockSize()).isEqualTo(FlacEncoder.BLOCK_SIZE);

        Path file = dir.resolve("stream.flac");
        Files.write(file, out.toByteArray());
        ExternalTool.require("flac").run("-t", "-s", file.toString());
    }

    @Test
    void streamOfUnknownLengthDecodesWithTheFlacTool() throws Exception {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        int[] samples = Signals.RANDOM_WALK.render(format, 3 * FlacEncoder.BLOCK_SIZE + 17);
        Path file = dir.resolve("unknown.flac");
        try (OutputStream out = Files.newOutputStream(file)) {
            new FlacEncoder().encode(new ArraySource(format, samples, 512, false), out);
        }
        Path raw = dir.resolve("unknown.raw");
        ExternalTool.require("flac").run("-d", "-s", "--force-raw-format", "--endian=little", "--sign=signed",
                "-o", raw.toString(), file.toString());

        assertThat(Files.readAllBytes(raw)).isEqualTo(littleEndian(format, samples));
    }

    @Test
    void vendorStringAndPaddingFollowStreamInfo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcmFormat format = new PcmFormat(44_100, 16, 1);
        new FlacEncoder().encode(new ArraySource(format, Signals.SINES.render(format, 100)), out);

        byte[] bytes = out.toByteArray();
        int comment = StreamInfo.FILE_OFFSET + StreamInfo.LENGTH;
        assertThat(bytes[comment] & 0x7F).isEqualTo(MetadataBlock.VORBIS_COMMENT);
        assertThat(new String(bytes, comment + 8, FlacEncoder.VENDOR.length())).isEqualTo(FlacEncoder.VENDOR);
        int commentLength = ((bytes[comment + 1] & 0xFF) << 16) | ((bytes[comment + 2] & 0xFF) << 8) | (bytes[comment + 3] & 0xFF);
        int padding = comment + 4 + commentLength;
        assertThat(bytes[padding] & 0xFF).as("last block, PADDING").isEqualTo(0x80 | MetadataBlock.PADDING);
    }

    @Test
    void depthsBelowFourBitsAndRatesBeyondStreamInfoAreRefused() {
        assertThatThrownBy(() -> new FlacEncoder().encode(
                new ArraySource(new PcmFormat(44_100, 3, 1), new int[10]), OutputStream.nullOutputStream()))
                .isInstanceOf(UnsupportedAudioException.class);
        assertThatThrownBy(() -> new FlacEncoder().encode(
                new ArraySource(new PcmFormat(2_822_400, 16, 1), new int[10]), OutputStream.nullOutputStream()))
                .isInstanceOf(UnsupportedAudioException.class);
    }

    @Test
    void anIoExceptionFromTheStreamEndsEncoding() {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        int frames = 44_100 * 20;
        ArraySource source = new ArraySource(format, Signals.NOISE.render(format, frames));
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("client went away");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("client went away");
            }
        };

        assertThatThrownBy(() -> new FlacEncoder().encode(source, gone)).hasMessage("client went away");
        assertThat(source.remainingFrames()).as("most of the source is left unread").isGreaterThan(frames / 2);
    }

    @Test
    void framesReachTheStreamWhileTheSourceIsStillPlaying() throws IOException {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        ArraySource source = new ArraySource(format, Signals.RANDOM_WALK.render(format, 44_100 * 10));
        long[] remainingAtFirstWrite = {-1};
        OutputStream watcher = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (remainingAtFirstWrite[0] < 0) {
                    remainingAtFirstWrite[0] = source.remainingFrames();
                }
            }
        };
        new FlacEncoder().encode(source, watcher);

        assertThat(remainingAtFirstWrite[0]).isGreaterThan(44_100 * 9);
    }

    @Test
    void predictableAudioShrinksAndSilenceCostsAlmostNothing() throws IOException {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        int frames = 44_100 * 3;
        int raw = frames * 4;

        assertThat(encodedSize(format, Signals.SINES, frames)).isLessThan(raw / 4);
        assertThat(encodedSize(format, Signals.SILENCE, frames)).isLessThan(2048 + 33 * 20);
        assertThat(encodedSize(format, Signals.NOISE, frames)).isBetween(raw, raw + raw / 100 + 2048);
    }

    private static int encodedSize(PcmFormat format, Signals signal, int frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FlacEncoder().encode(new ArraySource(format, signal.render(format, frames)), out);
        return out.size();
    }

    @Test
    void describesItselfForTheSignalPath() {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        assertThat(new FlacEncoder().describe(format)).isEqualTo("FLAC 16/44.1");
        assertThat(new FlacEncoder().mediaType(format)).isEqualTo("audio/flac");
        assertThat(new FlacEncoder().encodedLength(format, 1000)).isEqualTo(-1);
    }

    private static byte[] referenceMd5(PcmFormat format, int[] samples) throws Exception {
        return MessageDigest.getInstance("MD5").digest(littleEndian(format, samples));
    }

    /** Written out here rather than with the encoder's own packing, so the two can disagree. */
    private static byte[] littleEndian(PcmFormat format, int[] samples) {
        int width = format.bytesPerSample();
        byte[] out = new byte[samples.length * width];
        for (int i = 0; i < samples.length; i++) {
            for (int b = 0; b < width; b++) {
                out[i * width + b] = (byte) (samples[i] >> (8 * b));
            }
        }
        return out;
    }

    /** The STREAMINFO fields as a reader sees them, parsed independently of {@link StreamInfo}. */
    record StreamInfoFields(int minBlockSize, int minFrameSize, int maxFrameSize, long totalSamples, String md5) {
        static StreamInfoFields read(byte[] file) {
            assertThat(Arrays.copyOf(file, 4)).isEqualTo("fLaC".getBytes());
            int at = StreamInfo.FILE_OFFSET;
            long packed = 0;
            for (int i = 10; i < 18; i++) {
                packed = (packed << 8) | (file[at + i] & 0xFF);
            }
            return new StreamInfoFields(
                    ((file[at] & 0xFF) << 8) | (file[at + 1] & 0xFF),
                    ((file[at + 4] & 0xFF) << 16) | ((file[at + 5] & 0xFF) << 8) | (file[at + 6] & 0xFF),
                    ((file[at + 7] & 0xFF) << 16) | ((file[at + 8] & 0xFF) << 8) | (file[at + 9] & 0xFF),
                    packed & ((1L << 36) - 1),
                    HexFormat.of().formatHex(file, at + 18, at + 34));
        }
    }
}
