package dev.fidelio.audio.encode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.testsupport.ExternalTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WavEncoderTest {

    private final WavEncoder encoder = new WavEncoder();

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(new PcmFormat(44_100, 16, 2), false),
                Arguments.of(new PcmFormat(8_000, 8, 1), false),
                Arguments.of(new PcmFormat(96_000, 24, 2), true),
                Arguments.of(new PcmFormat(48_000, 16, 6), true),
                Arguments.of(new PcmFormat(192_000, 32, 2), true),
                Arguments.of(new PcmFormat(44_100, 20, 2), true),
                Arguments.of(new PcmFormat(22_050, 12, 1), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void headerAndDataParseBackWithAnExactLength(PcmFormat format, boolean extensible) throws IOException {
        for (int frames : new int[] {0, 1, 1001}) {
            int[] samples = Signals.RANDOM_WALK.render(format, frames);
            byte[] wav = encode(new ArraySource(format, samples));

            assertThat((long) wav.length).isEqualTo(encoder.encodedLength(format, frames));
            ParsedWav parsed = ParsedWav.parse(wav);
            assertThat(parsed.formatTag()).isEqualTo(extensible ? 0xFFFE : 1);
            assertThat(parsed.channels()).isEqualTo(format.channels());
            assertThat(parsed.sampleRate()).isEqualTo(format.sampleRate());
            assertThat(parsed.validBits()).isEqualTo(format.bitsPerSample());
            assertThat(parsed.samples()).isEqualTo(samples);
        }
    }

    @Test
    void eightBitIsUnsignedAndAnOddDataChunkIsPadded() throws IOException {
        PcmFormat format = new PcmFormat(8_000, 8, 1);
        byte[] wav = encode(new ArraySource(format, new int[] {-128, 0, 127}));

        assertThat(Arrays.copyOfRange(wav, 44, 47)).containsExactly(0x00, 0x80, 0xFF);
        assertThat(wav).hasSize(48);
        assertThat(wav[47]).as("RIFF pad byte").isZero();
        assertThat(ByteBuffer.wrap(wav, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(40);
    }

    @Test
    void extensibleHeaderNamesTheSpeakersAndThePcmSubtype() throws IOException {
        PcmFormat format = new PcmFormat(48_000, 24, 6);
        ByteBuffer wav = ByteBuffer.wrap(encode(new ArraySource(format, new int[6]))).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(wav.getInt(16)).as("fmt length").isEqualTo(40);
        assertThat(wav.getShort(34)).as("container bits").isEqualTo((short) 24);
        assertThat(wav.getShort(36)).as("cbSize").isEqualTo((short) 22);
        assertThat(wav.getInt(40)).as("5.1 channel mask").isEqualTo(0x3F);
        assertThat(wav.getInt(44)).as("subtype PCM").isEqualTo(1);
    }

    @Test
    void aShortSourceIsPaddedWithSilenceAndALongOneCutToThePromise() throws IOException {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        int[] samples = Signals.SINES.render(format, 30_000);
        byte[] shortWav = encode(ArraySource.announcing(format, samples, 777, 40_000));
        byte[] longWav = encode(ArraySource.announcing(format, samples, 777, 20_000));

        assertThat((long) shortWav.length).isEqualTo(encoder.encodedLength(format, 40_000));
        int[] padded = Arrays.copyOf(samples, 80_000);
        assertThat(ParsedWav.parse(shortWav).samples()).isEqualTo(padded);
        assertThat((long) longWav.length).isEqualTo(encoder.encodedLength(format, 20_000));
        assertThat(ParsedWav.parse(longWav).samples()).isEqualTo(Arrays.copyOf(samples, 40_000));
    }

    @Test
    void unknownLengthUsesTheStreamingSizes() throws IOException {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        int[] samples = Signals.SINES.render(format, 5000);
        byte[] wav = encode(new ArraySource(format, samples, 1024, false));

        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(4)).isEqualTo(-1);
        assertThat(header.getInt(40)).isEqualTo(-1);
        assertThat(wav).hasSize(44 + 5000 * 4);
        assertThat(encoder.encodedLength(format, -1)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void ffmpegReadsTheSamplesBack(PcmFormat format, boolean extensible) throws Exception {
        // ffmpeg rather than sox: sox refuses WAVE_FORMAT_EXTENSIBLE with fewer valid bits than the container.
        ExternalTool ffmpeg = ExternalTool.require("ffmpeg");
        int[] samples = Signals.RANDOM_WALK.render(format, 2000);
        Path wav = dir.resolve("in.wav");
        Files.write(wav, encode(new ArraySource(format, samples)));
        Path raw = dir.resolve("out.raw");
        // 32-bit signed big-endian holds every depth left-justified, so the conversion is exact and easy to compare.
        ffmpeg.run("-v", "error", "-i", wav.toString(), "-f", "s32be", "-c:a", "pcm_s32be", "-y", raw.toString());

        ByteBuffer decoded = ByteBuffer.wrap(Files.readAllBytes(raw));
        int[] back = new int[decoded.remaining() / 4];
        for (int i = 0; i < back.length; i++) {
            back[i] = decoded.getInt() >> (32 - format.bitsPerSample());
        }
        assertThat(back).isEqualTo(samples);
    }

    @Test
    void describesItself() {
        PcmFormat format = new PcmFormat(96_000, 24, 2);
        assertThat(encoder.describe(format)).isEqualTo("WAV 24/96");
        assertThat(encoder.mediaType(format)).isEqualTo("audio/wav");
    }

    private byte[] encode(ArraySource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(source, out);
        return out.toByteArray();
    }

    /** A minimal WAV reader, written from the format's description rather than from the encoder. */
    record ParsedWav(int formatTag, int channels, int sampleRate, int validBits, int[] samples) {
        static ParsedWav parse(byte[] wav) {
            ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
            assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
            long riffSize = Integer.toUnsignedLong(in.getInt(4));
            assertThat(riffSize).isEqualTo(wav.length - 8);
            int at = 12;
            int formatTag = 0;
            int channels = 0;
            int rate = 0;
            int container = 0;
            int valid = 0;
            while (at + 8 <= wav.length) {
                String id = new String(wav, at, 4);
                int size = in.getInt(at + 4);
                if (id.equals("fmt ")) {
                    formatTag = in.getShort(at + 8) & 0xFFFF;
                    channels = in.getShort(at + 10);
                    rate = in.getInt(at + 12);
                    assertThat(in.getInt(at + 16)).as("byte rate").isEqualTo(rate * channels * (in.getShort(at + 22) / 8));
                    assertThat((int) in.getShort(at + 20)).as("block align").isEqualTo(channels * in.getShort(at + 22) / 8);
                    container = in.getShort(at + 22);
                    valid = formatTag == 0xFFFE ? in.getShort(at + 26) : container;
                } else if (id.equals("data")) {
                    int width = container / 8;
                    int[] samples = new int[size / width];
                    for (int i = 0; i < samples.length; i++) {
                        int value = 0;
                        for (int b = width - 1; b >= 0; b--) {
                            value = (value << 8) | (wav[at + 8 + i * width + b] & 0xFF);
                        }
                        value = width == 1 ? value - 128 : value << (32 - container) >> (32 - container);
                        samples[i] = value >> (container - valid);
                    }
                    return new ParsedWav(formatTag, channels, rate, valid, samples);
                }
                at += 8 + size + (size & 1);
            }
            throw new AssertionError("no data chunk");
        }
    }
}
