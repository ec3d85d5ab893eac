package dev.fidelio.audio.encode.flac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.analysis.ArraySource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stereo pairs built so that each channel assignment is the clear winner, chosen and decoded back. */
class StereoDecorrelationTest {

    private static final int FRAMES = FlacEncoder.BLOCK_SIZE;

    static Stream<Arguments> pairs() {
        Random random = new Random(3);
        int[] walk = new int[FRAMES];
        int[] noise = new int[FRAMES];
        for (int i = 1; i < FRAMES; i++) {
            walk[i] = Math.max(-20_000, Math.min(20_000, walk[i - 1] + (int) (random.nextGaussian() * 300)));
            noise[i] = (int) (random.nextGaussian() * 40);
        }
        int[] plus = new int[FRAMES];
        int[] minus = new int[FRAMES];
        int[] other = new int[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            plus[i] = walk[i] + noise[i];
            minus[i] = walk[i] - noise[i] + random.nextInt(3) - 1; // odd sums, so mid rounds
            other[i] = (int) (random.nextGaussian() * 3000);
        }
        return Stream.of(
                Arguments.of("left clean, right = left + noise", walk, plus, FrameHeader.LEFT_SIDE),
                Arguments.of("right clean, left = right + noise", plus, walk, FrameHeader.RIGHT_SIDE),
                Arguments.of("noise in opposite phase", plus, minus, FrameHeader.MID_SIDE),
                Arguments.of("unrelated channels", walk, other, FrameHeader.INDEPENDENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void choosesTheAssignmentThatFitsAndDecodesItBack(String name, int[] left, int[] right, int expected)
            throws IOException {
        assertThat(new StereoDecorrelation(FRAMES).choose(left, right, FRAMES, 16)).isEqualTo(expected);

        int[] interleaved = new int[2 * FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            interleaved[2 * i] = left[i];
            interleaved[2 * i + 1] = right[i];
        }
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FlacEncoder().encode(new ArraySource(format, interleaved), out);
        assertThat(JflacDecoding.decode(out.toByteArray()).samples()).isEqualTo(interleaved);
    }
}
