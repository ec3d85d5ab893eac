package dev.fidelio.testmusic;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlacWriterTest {

    private static final Manifest MANIFEST = Manifest.load();
    private static Path library;

    @BeforeAll
    static void generateLibrary() {
        library = SampleLibraryGenerator.ensureDefault();
    }

    static Stream<Track> flacTracks() {
        return MANIFEST.tracks().stream().filter(track -> track.format() == Track.Format.FLAC);
    }

    @ParameterizedTest
    @MethodSource("flacTracks")
    void generatedFlacDecodesBitExactWithMatchingMd5(Track track) throws IOException {
        FlacDecoding decoded = FlacDecoding.decode(Files.readAllBytes(library.resolve(track.path())));

        assertNull(decoded.error(), () -> "decoder error: " + decoded.error());
        assertAll(
                () -> assertEquals(0, decoded.badFrames(), "bad frames"),
                () -> assertEquals(track.sampleRate(), decoded.streamInfo().getSampleRate(), "sample rate"),
                () -> assertEquals(track.bitsPerSample(), decoded.streamInfo().getBitsPerSample(), "bits per sample"),
                () -> assertEquals(track.channels(), decoded.streamInfo().getChannels(), "channels"),
                () -> assertEquals(track.durationSamples(), decoded.streamInfo().getTotalSamples(), "STREAMINFO total samples"),
                () -> assertEquals(track.durationSamples(), decoded.decodedSamplesPerChannel(), "decoded samples"),
                () -> assertEquals(FlacWriter.BLOCK_SIZE, decoded.streamInfo().getMinBlockSize(), "min block size"),
                () -> assertEquals(FlacWriter.BLOCK_SIZE, decoded.streamInfo().getMaxBlockSize(), "max block size"),
                () -> assertArrayEquals(decoded.declaredMd5(), decoded.decodedMd5(), "STREAMINFO MD5 vs decoded audio"));
        assertArrayEquals(SignalRenderer.render(track).interleaved(ByteOrder.LITTLE_ENDIAN), decoded.pcm(),
                "decoded samples differ from the rendered signal");
    }

    @Test
    void brokenFlacsAreNotAcceptedAsValid() throws IOException {
        for (BrokenFile broken : MANIFEST.brokenFiles()) {
            FlacDecoding decoded = FlacDecoding.decode(Files.readAllBytes(library.resolve(broken.path())));
            assertFalse(decoded.isValid(), broken.path() + " decodes as a valid FLAC");
        }
    }

    @Test
    void truncatedFileEndsInsideTheAudio() throws IOException {
        BrokenFile truncated = MANIFEST.brokenFiles().stream()
                .filter(broken -> broken.defect() == BrokenFile.Defect.TRUNCATED).findFirst().orElseThrow();
        byte[] source = Files.readAllBytes(library.resolve(truncated.source()));
        byte[] cut = Files.readAllBytes(library.resolve(truncated.path()));

        FlacDecoding decoded = FlacDecoding.decode(cut);

        assertTrue(cut.length < source.length, "shorter than its source");
        assertTrue(decoded.decodedSamplesPerChannel() > 0, "the frames before the cut still decode");
        assertTrue(decoded.decodedSamplesPerChannel() < decoded.streamInfo().getTotalSamples(), "but not all of them");
    }

    static Stream<Arguments> formats() {
        return Stream.of(44_100, 48_000, 88_200, 96_000, 176_400, 192_000).flatMap(rate ->
                Stream.of(16, 24).flatMap(bits -> Stream.of(1, 2).map(channels -> Arguments.of(rate, bits, channels))));
    }

    /** Odd lengths exercise a short last block whose size is stored with 8 or 16 bits in the frame header. */
    @ParameterizedTest(name = "{0} Hz, {1} bit, {2} channel(s)")
    @MethodSource("formats")
    void everySupportedFormatRoundTrips(int rate, int bits, int channels) {
        for (int frames : new int[] {4096 * 2 + 100, 4096 + 1234, 777}) {
            Pcm pcm = mixedContent(rate, bits, channels, frames);

            FlacDecoding decoded = FlacDecoding.decode(FlacWriter.write(pcm, Map.of(), null));

            assertTrue(decoded.isValid(), () -> frames + " samples: " + decoded.error());
            assertArrayEquals(pcm.interleaved(ByteOrder.LITTLE_ENDIAN), decoded.pcm(), frames + " samples");
        }
    }

    @Test
    void predictableAudioIsCompressedAndSilenceIsNearlyFree() {
        int frames = 44_100 * 3;
        byte[] tone = FlacWriter.write(render(new Signal.Sine(440, -6), 44_100, 16, frames), Map.of(), null);
        byte[] silence = FlacWriter.write(render(new Signal.Silence(), 44_100, 16, frames), Map.of(), null);
        int raw = frames * 2 * 2;

        assertTrue(tone.length < raw / 2, "a sine should take less than half its PCM size, took " + tone.length + " of " + raw);
        assertTrue(silence.length < 2048 + 33 * 20, "digital silence should be CONSTANT subframes, took " + silence.length);
    }

    @Test
    void fullScaleNoiseFallsBackToVerbatimWithoutGrowingMuch() {
        int frames = 4096 * 4;
        Pcm noise = noise(24, frames, 7);
        byte[] flac = FlacWriter.write(noise, Map.of(), null);

        assertTrue(FlacDecoding.decode(flac).isValid());
        int raw = frames * 2 * 3;
        assertTrue(flac.length < raw + raw / 100 + 2048, "noise should cost about its PCM size, took " + flac.length);
    }

    @Test
    void vorbisCommentsKeepOrderAndRepeatedKeys() {
        Pcm pcm = render(new Signal.Sine(1000, -20), 48_000, 16, 5000);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put("TITLE", List.of("Ísjaki"));
        tags.put("ARTIST", List.of("坂本龍一", "Antonín Dvořák"));
        byte[] flac = FlacWriter.write(pcm, tags, null);

        String text = new String(flac, StandardCharsets.UTF_8);
        int title = text.indexOf("TITLE=Ísjaki");
        int first = text.indexOf("ARTIST=坂本龍一");
        int second = text.indexOf("ARTIST=Antonín Dvořák");
        assertTrue(title > 0 && title < first && first < second, "comments in order: " + title + ", " + first + ", " + second);
        assertTrue(text.contains(FlacWriter.VENDOR));
    }

    private static Pcm render(Signal signal, int rate, int bits, int frames) {
        Track track = new Track("x.flac", Track.Format.FLAC, rate, bits, 2, frames, List.of(signal, signal), Map.of());
        return SignalRenderer.render(track);
    }

    /** A sweep, a step to digital silence and full-scale extremes, so every subframe type and Rice path gets used. */
    private static Pcm mixedContent(int rate, int bits, int channels, int frames) {
        Signal[] signals = {new Signal.Sweep(20, rate / 2.2, -1), new Signal.TwoTone(1000, 1001, -7)};
        long max = (1L << (bits - 1)) - 1;
        int[][] samples = new int[channels][frames];
        for (int c = 0; c < channels; c++) {
            LongToDoubleFunction signal = signals[c].samples(rate, frames);
            for (int n = 0; n < frames; n++) {
                samples[c][n] = n >= 4096 && n < 8192 ? 0 : (int) StrictMath.round(signal.applyAsDouble(n) * max);
            }
            samples[c][frames - 1] = (int) (c == 0 ? max : -max - 1);
        }
        return new Pcm(rate, bits, samples);
    }

    private static Pcm noise(int bits, int frames, long seed) {
        Random random = new Random(seed);
        int[][] samples = new int[2][frames];
        for (int[] channel : samples) {
            for (int n = 0; n < frames; n++) {
                channel[n] = random.nextInt(1 << bits) - (1 << (bits - 1));
            }
        }
        return new Pcm(96_000, bits, samples);
    }
}
