package dev.fidelio.audio.encode.flac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.encode.Signals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Streams of every kind, encoded and decoded back by JFLAC to the very same samples. */
class FlacRoundTripTest {

    private static final int BLOCK = FlacEncoder.BLOCK_SIZE;

    static Stream<Arguments> formats() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (int bits : new int[] {8, 16, 24}) {
            for (int channels : new int[] {1, 2, 6}) {
                for (int rate : new int[] {44_100, 48_000, 96_000, 192_000, 384_000, 22_050, 11_025, 7_350}) {
                    all.add(Arguments.of(new PcmFormat(rate, bits, channels)));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everySignalRoundTripsInEveryFormat(PcmFormat format) throws IOException {
        for (Signals signal : Signals.values()) {
            assertRoundTrip(format, signal, 2 * BLOCK + 777);
        }
    }

    static Stream<Arguments> lengths() {
        return Stream.of(0, 1, 2, 5, 63, 64, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK, 2 * BLOCK + 1)
                .flatMap(frames -> Stream.of(Signals.values()).map(signal -> Arguments.of(frames, signal)));
    }

    @ParameterizedTest(name = "{0} frames of {1}")
    @MethodSource("lengths")
    void everyLengthRoundTrips(int frames, Signals signal) throws IOException {
        assertRoundTrip(new PcmFormat(44_100, 16, 2), signal, frames);
        assertRoundTrip(new PcmFormat(96_000, 24, 1), signal, frames);
    }

    static Stream<Arguments> unusualDepths() {
        return Stream.of(4, 5, 12, 17, 20, 23).map(bits -> Arguments.of(new PcmFormat(44_100, bits, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualDepths")
    void depthsWithoutAFrameHeaderCodeRoundTrip(PcmFormat format) throws IOException {
        for (Signals signal : Signals.values()) {
            assertRoundTrip(format, signal, BLOCK + 100);
        }
    }

    static void assertRoundTrip(PcmFormat format, Signals signal, int frames) throws IOException {
        int[] samples = signal.render(format, frames);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FlacEncoder().encode(new ArraySource(format, samples), out);

        JflacDecoding decoded = JflacDecoding.decode(out.toByteArray());

        String what = format + ", " + frames + " frames of " + signal;
        assertThat(decoded.streamInfo().getSampleRate()).as(what).isEqualTo(format.sampleRate());
        assertThat(decoded.streamInfo().getBitsPerSample()).as(what).isEqualTo(format.bitsPerSample());
        assertThat(decoded.streamInfo().getChannels()).as(what).isEqualTo(format.channels());
        assertThat(decoded.streamInfo().getTotalSamples()).as(what).isEqualTo(frames);
        assertThat(decoded.frames()).as(what).isEqualTo(frames);
        assertThat(decoded.samples()).as(what).isEqualTo(samples);
    }
}
