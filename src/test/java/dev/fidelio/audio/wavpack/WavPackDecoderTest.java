package dev.fidelio.audio.wavpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.alac.TestAudio;
import dev.fidelio.audio.alac.TestAudio.Kind;
import dev.fidelio.testsupport.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files made by the reference WavPack encoder, in every lossless mode, decode to exactly their source samples. */
class WavPackDecoderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> modes() {
        return Stream.of("-f", "", "-h", "-hh", "-x1", "-x2", "-x3", "-x4", "-x5", "-x6", "-hh -x6", "-f -x3")
                .flatMap(mode -> Stream.of(
                        Arguments.of(mode, Kind.MIXED, 16, 2, 44_100, 30_000),
                        Arguments.of(mode, Kind.NOISE, 24, 1, 96_000, 20_000)));
    }

    @ParameterizedTest(name = "wavpack {0}: {1} {2}-bit {3} ch")
    @MethodSource("modes")
    void decodesEveryMode(String mode, Kind kind, int bits, int channels, int rate, int frames) throws Exception {
        assertRoundTrip(mode, kind, bits, channels, rate, frames);
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("", Kind.SINE, 8, 2, 44_100, 10_000),
                Arguments.of("", Kind.SWEEP, 16, 1, 44_100, 50_000),
                Arguments.of("-h", Kind.SQUARE, 16, 2, 48_000, 12_345),
                Arguments.of("", Kind.SILENCE, 16, 2, 44_100, 7_000),
                Arguments.of("", Kind.SINE, 16, 2, 44_100, 1),
                Arguments.of("-hh", Kind.MIXED, 20, 2, 96_000, 20_000),
                Arguments.of("", Kind.NOISE, 24, 2, 192_000, 30_000),
                Arguments.of("-x4", Kind.SWEEP, 24, 2, 96_000, 25_000),
                Arguments.of("", Kind.NOISE, 32, 2, 44_100, 20_000),
                Arguments.of("-hh", Kind.MIXED, 32, 1, 48_000, 20_000),
                Arguments.of("", Kind.MIXED, 16, 6, 48_000, 20_000),
                Arguments.of("-h", Kind.MIXED, 24, 6, 96_000, 20_000),
                Arguments.of("-f", Kind.MIXED, 24, 3, 44_100, 9_000),
                Arguments.of("", Kind.MIXED, 16, 8, 44_100, 9_000),
                Arguments.of("", Kind.MIXED, 16, 2, 22_222, 15_000),
                Arguments.of("-x6", Kind.NOISE, 16, 2, 352_800, 15_000));
    }

    @ParameterizedTest(name = "wavpack {0}: {1} {2}-bit {3} ch {4} Hz, {5} frames")
    @MethodSource("formats")
    void decodesEveryFormat(String mode, Kind kind, int bits, int channels, int rate, int frames) throws Exception {
        assertRoundTrip(mode, kind, bits, channels, rate, frames);
    }

    @Test
    void identicalChannelsStoredAsFalseStereoDecodeToBoth() throws Exception {
        int[][] mono = TestAudio.signal(Kind.SWEEP, 1, 20_000, 16, 44_100, 1);
        int[][] source = {mono[0], mono[0].clone()};
        Path wv = encode("", source, 16, 44_100);
        try (WavPackDecoder decoder = WavPackDecoder.open(wv, 0)) {
            assertThat(TestAudio.readAll(decoder)).isEqualTo(TestAudio.interleave(source));
        }
    }

    @Test
    void startsAtAnyFrameWithTheSamplesOfAFullDecode() throws Exception {
        int frames = 100_000;
        for (int channels : new int[] {2, 6}) {
            int[][] source = TestAudio.signal(Kind.MIXED, channels, frames, 16, 44_100, 5);
            Path wv = encode("--blocksize=4096", source, 16, 44_100);
            int[] full = TestAudio.interleave(source);
            for (long start : new long[] {0, 1, 100, 4095, 4096, 4097, 50_000, frames - 1, frames}) {
                try (WavPackDecoder decoder = WavPackDecoder.open(wv, start)) {
                    assertThat(decoder.remainingFrames()).isEqualTo(frames - start);
                    assertThat(TestAudio.readAll(decoder)).as("%d channels from frame %d", channels, start)
                            .isEqualTo(Arrays.copyOfRange(full, (int) start * channels, full.length));
                }
            }
        }
    }

    @Test
    void decodesTheFixture() throws Exception {
        Path fixture = Path.of("test-music/fixtures/tone.wv");
        assertThat(WavPackDecoder.matches(Files.readAllBytes(fixture))).isTrue();
        try (WavPackDecoder decoder = WavPackDecoder.open(fixture, 0)) {
            assertThat(decoder.format()).isEqualTo(new PcmFormat(8000, 16, 2));
            assertThat(decoder.signalPath()).containsExactly("WavPack 16/8");
            int[] samples = TestAudio.readAll(decoder);
            assertThat(samples).hasSize(2 * 2000);
            assertThat(Arrays.stream(samples).map(Math::abs).max().orElseThrow()).isGreaterThan(1000);
        }
    }

    private void assertRoundTrip(String mode, Kind kind, int bits, int channels, int rate, int frames)
            throws Exception {
        int[][] source = TestAudio.signal(kind, channels, frames, bits, rate, 11);
        Path wv = encode(mode, source, bits, rate);
        try (WavPackDecoder decoder = WavPackDecoder.open(wv, 0)) {
            assertThat(decoder.format()).isEqualTo(new PcmFormat(rate, bits, channels));
            assertThat(decoder.remainingFrames()).isEqualTo(frames);
            assertThat(TestAudio.readAll(decoder)).isEqualTo(TestAudio.interleave(source));
        }
    }

    private Path encode(String mode, int[][] source, int bits, int rate) throws Exception {
        Path wav = dir.resolve("in.wav");
        Path wv = dir.resolve("out-" + System.nanoTime() + ".wv");
        TestAudio.writeWav(wav, rate, bits, source);
        List<String> args = new ArrayList<>(List.of("-q", "-y"));
        if (!mode.isEmpty()) {
            args.addAll(List.of(mode.split(" ")));
        }
        args.addAll(List.of(wav.toString(), "-o", wv.toString()));
        ExternalTool.require("wavpack").run(args.toArray(String[]::new));
        return wv;
    }
}
