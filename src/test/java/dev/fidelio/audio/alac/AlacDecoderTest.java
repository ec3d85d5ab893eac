package dev.fidelio.audio.alac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.alac.TestAudio.Kind;
import dev.fidelio.testsupport.ExternalTool;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ALAC files made by ffmpeg's encoder decode to exactly the samples they were made from. */
class AlacDecoderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Kind.SINE, 16, 2, 44_100, 10_000),
                Arguments.of(Kind.SWEEP, 16, 1, 44_100, 9_000),
                Arguments.of(Kind.NOISE, 16, 2, 48_000, 8_193),
                Arguments.of(Kind.SQUARE, 16, 2, 44_100, 8_192),
                Arguments.of(Kind.SILENCE, 16, 2, 44_100, 5_000),
                Arguments.of(Kind.SINE, 16, 2, 44_100, 1),
                Arguments.of(Kind.MIXED, 16, 6, 48_000, 6_000),
                Arguments.of(Kind.SWEEP, 24, 2, 96_000, 12_345),
                Arguments.of(Kind.NOISE, 24, 2, 192_000, 9_000),
                Arguments.of(Kind.SQUARE, 24, 1, 96_000, 4_097),
                Arguments.of(Kind.MIXED, 24, 6, 96_000, 7_000),
                Arguments.of(Kind.MIXED, 16, 3, 44_100, 5_000),
                Arguments.of(Kind.MIXED, 16, 4, 44_100, 5_000),
                Arguments.of(Kind.MIXED, 16, 5, 44_100, 5_000),
                Arguments.of(Kind.MIXED, 24, 7, 44_100, 5_000),
                Arguments.of(Kind.MIXED, 24, 8, 44_100, 5_000));
    }

    @ParameterizedTest(name = "{0} {1}-bit {2} ch {3} Hz, {4} frames")
    @MethodSource("cases")
    void decodesWhatFfmpegEncoded(Kind kind, int bits, int channels, int rate, int frames) throws Exception {
        int[][] source = TestAudio.signal(kind, channels, frames, bits, rate, 42);
        Path m4a = encode(source, bits, rate);

        try (AlacDecoder decoder = AlacDecoder.open(m4a, 0)) {
            assertThat(decoder.format()).isEqualTo(new PcmFormat(rate, bits, channels));
            assertThat(decoder.remainingFrames()).isEqualTo(frames);
            assertThat(decoder.signalPath()).containsExactly("ALAC " + decoder.format().shortForm());
            assertThat(TestAudio.readAll(decoder)).isEqualTo(TestAudio.interleave(source));
            assertThat(decoder.remainingFrames()).isZero();
        }
    }

    @Test
    void startsAtAnyFrameWithTheSamplesOfAFullDecode() throws Exception {
        int frames = 3 * 4096 + 100;
        int[][] source = TestAudio.signal(Kind.MIXED, 2, frames, 24, 96_000, 7);
        Path m4a = encode(source, 24, 96_000);
        int[] full = TestAudio.interleave(source);

        for (long start : new long[] {0, 1, 100, 4095, 4096, 4097, 8191, 8192, 8193, frames - 1, frames}) {
            try (AlacDecoder decoder = AlacDecoder.open(m4a, start)) {
                assertThat(decoder.remainingFrames()).as("remaining from %d", start).isEqualTo(frames - start);
                assertThat(TestAudio.readAll(decoder)).as("from frame %d", start)
                        .isEqualTo(Arrays.copyOfRange(full, (int) start * 2, full.length));
            }
        }
    }

    @Test
    void decodesTheFixture() throws Exception {
        Path fixture = Path.of("test-music/fixtures/tone-alac.m4a");

        assertThat(AlacDecoder.matches(fixture)).isTrue();
        try (AlacDecoder decoder = AlacDecoder.open(fixture, 0)) {
            assertThat(decoder.format()).isEqualTo(new PcmFormat(11_025, 16, 1));
            int[] samples = TestAudio.readAll(decoder);
            assertThat(samples).hasSize(2756);
            assertThat(Arrays.stream(samples).map(Math::abs).max().orElseThrow()).isGreaterThan(1000);
        }
    }

    @Test
    void matchesOnlyAlacInMp4() {
        assertThat(AlacDecoder.matches(Path.of("test-music/fixtures/tone-aac.m4a"))).isFalse();
        assertThat(AlacDecoder.matches(Path.of("test-music/fixtures/tone.wv"))).isFalse();
        assertThat(AlacDecoder.matches(Path.of("test-music/fixtures/tone-cbr.mp3"))).isFalse();
    }

    private Path encode(int[][] source, int bits, int rate) throws Exception {
        Path wav = dir.resolve("in.wav");
        Path m4a = dir.resolve("out-" + System.nanoTime() + ".m4a");
        TestAudio.writeWav(wav, rate, bits, source);
        ExternalTool.require("ffmpeg").run("-nostdin", "-v", "error", "-y", "-i", wav.toString(), "-c:a", "alac",
                "-sample_fmt", bits > 16 ? "s32p" : "s16p", m4a.toString());
        return m4a;
    }
}
