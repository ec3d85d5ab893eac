package dev.fidelio.audio.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.analysis.Pcm;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Length, timing, channels, level limits and the {@code PcmSource} contract. */
class ResamplerContractTest {

    static Stream<Arguments> ratePairs() {
        return Stream.of(
                Arguments.of(96_000, 44_100), Arguments.of(44_100, 96_000), Arguments.of(192_000, 44_100),
                Arguments.of(44_100, 192_000), Arguments.of(48_000, 44_100), Arguments.of(11_025, 8_000),
                Arguments.of(8_000, 768_000), Arguments.of(768_000, 8_000), Arguments.of(705_600, 48_000));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("ratePairs")
    void outputLengthIsInputLengthTimesRatioRoundedToNearest(int inputRate, int outputRate) throws IOException {
        for (int inputFrames : new int[] {0, 1, 2, 3, 7, 100, 1001, 10_007, 96_001}) {
            long expected = Math.round((double) inputFrames * outputRate / inputRate);
            for (boolean lengthKnown : new boolean[] {true, false}) {
                ArraySource source = new ArraySource(new PcmFormat(inputRate, 16, 2), new int[inputFrames * 2], 777, lengthKnown);
                Resampler resampler = new Resampler(source, outputRate);
                assertThat(resampler.remainingFrames()).isEqualTo(lengthKnown ? expected : -1);

                int[] output = Pcm.readAll(resampler, 333);

                assertThat(output.length / 2).as("%d frames, length known: %s", inputFrames, lengthKnown).isEqualTo(expected);
                assertThat(resampler.remainingFrames()).isZero();
                assertThat(resampler.read(new int[16], 8)).isEqualTo(-1);
            }
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("ratePairs")
    void anImpulseComesOutCentredOnItsOwnInstant(int inputRate, int outputRate) throws IOException {
        // Far enough from the start that the response's leading half (hundreds of lower-rate samples) is all there.
        int at = 2000 * Math.max(1, inputRate / outputRate);
        int[] input = new int[2 * at];
        input[at] = 1 << 30;
        int[] output = Pcm.readAll(new Resampler(new ArraySource(new PcmFormat(inputRate, 32, 1), input), outputRate), 4096);

        // The response is band-limited below half the output rate, so its samples' first moment is exactly its centre.
        double sum = 0;
        double moment = 0;
        for (int k = 0; k < output.length; k++) {
            sum += output[k];
            moment += (double) k * output[k];
        }
        assertThat(moment / sum).isCloseTo((double) at * outputRate / inputRate, offset(1e-3));
    }

    @Test
    void channelsAreConvertedIndependently() throws IOException {
        int frames = 20_000;
        int[] tone = Pcm.sine(frames, 1234.5, 96_000, 1 << 22, 0);
        int[] noise = Pcm.sine(frames, 30_123.4, 96_000, 1 << 21, 1);
        int[] interleaved = new int[frames * 3];
        for (int i = 0; i < frames; i++) {
            interleaved[3 * i] = tone[i];
            interleaved[3 * i + 2] = noise[i];
        }
        PcmFormat threeChannels = new PcmFormat(96_000, 24, 3);
        int[] together = Pcm.readAll(new Resampler(new ArraySource(threeChannels, interleaved), 44_100), 4096);
        int[] toneAlone = Pcm.readAll(new Resampler(new ArraySource(new PcmFormat(96_000, 24, 1), tone), 44_100), 4096);
        int[] noiseAlone = Pcm.readAll(new Resampler(new ArraySource(new PcmFormat(96_000, 24, 1), noise), 44_100), 4096);

        assertThat(together.length).isEqualTo(3 * toneAlone.length);
        for (int k = 0; k < toneAlone.length; k++) {
            assertThat(together[3 * k]).isEqualTo(toneAlone[k]);
            assertThat(together[3 * k + 1]).isZero();
            assertThat(together[3 * k + 2]).isEqualTo(noiseAlone[k]);
        }
    }

    @Test
    void interSampleOversAreClampedToFullScaleNeverWrapped() throws IOException {
        int[] output = convertInterSampleOvers(0);
        double fullScale = 0x1p31;
        int overs = 0;
        for (int k = 2000; k < output.length - 2000; k++) {
            double ideal = interSampleOversAt(k) * fullScale;
            double expected = Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ideal));
            assertThat((double) output[k]).as("sample %d", k).isCloseTo(expected, offset(1e-6 * fullScale));
            overs += Math.abs(ideal) > Integer.MAX_VALUE ? 1 : 0;
        }
        assertThat(overs).as("samples above full scale that were clamped").isGreaterThan(1000);
    }

    @Test
    void headroomLowersTheLevelSoThatOversFit() throws IOException {
        int[] output = convertInterSampleOvers(-3.1);
        double gain = Pcm.fromDb(-3.1);
        for (int k = 2000; k < output.length - 2000; k++) {
            double expected = interSampleOversAt(k) * gain * 0x1p31;
            assertThat((double) output[k]).as("sample %d", k).isCloseTo(expected, offset(1e-6 * 0x1p31));
        }
        ArraySource source = new ArraySource(new PcmFormat(44_100, 24, 1), new int[0]);
        assertThat(new Resampler(source, 96_000, -3.1).signalPath())
                .containsExactly("test 24/44.1", "resample 44100→96000 (sinc, linear phase, headroom −3.10 dB)");
    }

    /** A full-scale 24-bit quarter-rate tone whose samples all sit at ±full scale, so its true peaks are 3 dB over. */
    private static int[] convertInterSampleOvers(double headroomDb) throws IOException {
        int fullScale = (1 << 23) - 1;
        int[] input = new int[20_000];
        for (int n = 0; n < input.length; n++) {
            input[n] = (n % 4 < 2) ? fullScale : -fullScale;
        }
        ArraySource source = new ArraySource(new PcmFormat(44_100, 24, 1), input);
        return Pcm.readAll(new Resampler(source, 96_000, headroomDb), 4096);
    }

    /** That tone, √2·sin(2π·n/4 + π/4), at output frame {@code k}, relative to 24-bit full scale. */
    private static double interSampleOversAt(int k) {
        double inputTime = k * 44_100.0 / 96_000;
        return ((1 << 23) - 1) / 0x1p23 * Math.sqrt(2) * Math.sin(Math.PI / 2 * inputTime + Math.PI / 4);
    }

    @Test
    void describesItselfAndDelivers32BitSamples() throws IOException {
        ArraySource source = new ArraySource(new PcmFormat(192_000, 24, 2), new int[0]);
        Resampler resampler = new Resampler(source, 44_100);

        assertThat(resampler.format()).isEqualTo(new PcmFormat(44_100, 32, 2));
        assertThat(resampler.signalPath()).isEqualTo(List.of("test 24/192", "resample 192000→44100 (sinc, linear phase)"));
        resampler.close();
        assertThat(source.closed()).isTrue();
    }

    @Test
    void rejectsWhatItCannotDo() {
        ArraySource source = new ArraySource(new PcmFormat(44_100, 16, 2), new int[0]);
        assertThatThrownBy(() -> new Resampler(source, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Resampler(source, -48_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Resampler(source, 44_100)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> new Resampler(source, 44_101)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too complex");
        assertThatThrownBy(() -> new Resampler(source, 48_000, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Headroom");
        assertThatThrownBy(() -> new Resampler(source, 48_000, -100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Resampler(source, 48_000, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
