package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fidelio.testmusic.Album;
import dev.fidelio.testmusic.Artwork;
import dev.fidelio.testmusic.BrokenFile;
import dev.fidelio.testmusic.Manifest;
import dev.fidelio.testmusic.SampleLibraryGenerator;
import dev.fidelio.testmusic.SignalRenderer;
import dev.fidelio.testmusic.Track;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file of the generated sample library, probed and compared with what the manifest says it holds. */
class SampleLibraryProbeTest {

    private static final FileProbe PROBE = new FileProbe();
    private static final byte[] PNG_END = HexFormat.of().parseHex("49454e44ae426082"); // IEND chunk and its CRC
    private static Path library;
    private static Manifest manifest;

    @BeforeAll
    static void generate() {
        library = SampleLibraryGenerator.ensureDefault();
        manifest = Manifest.load();
    }

    @TestFactory
    Stream<DynamicTest> everyTrackHasTheManifestsAudioPropertiesTagsAndCover() {
        return manifest.albums().stream().flatMap(album -> album.tracks().stream()
                .map(track -> DynamicTest.dynamicTest(track.path(), () -> checkTrack(album, track))));
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFileIsUnreadableWithAReason() {
        return manifest.brokenFiles().stream().map(broken -> DynamicTest.dynamicTest(broken.path(), () ->
                assertThatThrownBy(() -> PROBE.probe(library.resolve(broken.path())))
                        .isInstanceOf(UnreadableFileException.class)
                        .hasMessageContaining(expectedReason(broken.defect()))));
    }

    private static String expectedReason(BrokenFile.Defect defect) {
        return switch (defect) {
            case EMPTY -> "empty file";
            case TRUNCATED -> "truncated FLAC";
            case GARBAGE -> "not an audio file (unknown format)";
            case CORRUPT_STREAMINFO -> "STREAMINFO";
        };
    }

    private static void checkTrack(Album album, Track track) throws Exception {
        Path file = library.resolve(track.path());
        ProbedFile probed = PROBE.probe(file);
        AudioProperties audio = probed.audio();
        assertThat(audio.format()).isEqualTo(switch (track.format()) {
            case FLAC -> AudioFormat.FLAC;
            case WAV -> AudioFormat.WAV;
            case AIFF -> AudioFormat.AIFF;
        });
        assertThat(audio.codec()).isEqualTo(track.format() == Track.Format.FLAC ? "FLAC" : "PCM");
        assertThat(audio.sampleRate()).isEqualTo(track.sampleRate());
        assertThat(audio.bitsPerSample()).isEqualTo(track.bitsPerSample());
        assertThat(audio.channels()).isEqualTo(track.channels());
        assertThat(audio.totalSamples()).isEqualTo(track.durationSamples());
        assertThat(audio.durationSeconds()).isCloseTo(track.durationSeconds(), within(1e-9));
        assertThat(audio.dsdRate()).isZero();
        assertThat(audio.lossless()).isTrue();
        long pcmBitrate = (long) track.sampleRate() * track.bitsPerSample() * track.channels();
        if (track.format() == Track.Format.FLAC) {
            assertThat(audio.audioMd5()).isEqualTo(MessageDigest.getInstance("MD5")
                    .digest(SignalRenderer.render(track).interleaved(ByteOrder.LITTLE_ENDIAN)));
            assertThat(audio.bitrateKbps()).isPositive().isLessThan((int) (pcmBitrate / 1000) + 100);
            assertThat(probed.tags().asMap()).containsExactlyEntriesOf(track.tags());
        } else {
            assertThat(audio.audioMd5()).isNull();
            assertThat(audio.bitrateKbps()).isEqualTo(Math.round(pcmBitrate / 1000.0));
            assertThat(probed.tags().asMap()).containsAllEntriesOf(Id3Expectations.frames(track.tags()));
            if (track.format() == Track.Format.WAV) {
                assertThat(probed.tags().asMap()).containsAllEntriesOf(infoChunk(track));
            }
        }
        checkCover(file, album.embeddedCover(), probed.pictures());
    }

    /** The RIFF INFO fields the generator writes, several values joined as one. */
    private static Map<String, List<String>> infoChunk(Track track) {
        Map<String, List<String>> info = new LinkedHashMap<>();
        Map.of("INAM", "TITLE", "IART", "ARTIST", "IPRD", "ALBUM", "ITRK", "TRACKNUMBER", "ICRD", "DATE", "IGNR", "GENRE")
                .forEach((id, key) -> {
                    if (!track.tagValues(key).isEmpty()) {
                        info.put(id, List.of(String.join("; ", track.tagValues(key))));
                    }
                });
        return info;
    }

    private static void checkCover(Path file, Artwork cover, List<EmbeddedPicture> pictures) throws IOException {
        if (cover == null) {
            assertThat(pictures).isEmpty();
            return;
        }
        assertThat(pictures).hasSize(1);
        EmbeddedPicture picture = pictures.get(0);
        assertThat(picture.type()).isEqualTo(EmbeddedPicture.FRONT_COVER);
        assertThat(picture.mimeType()).isEqualTo(cover.format().mimeType());
        assertThat(picture.width()).isEqualTo(cover.width());
        assertThat(picture.height()).isEqualTo(cover.height());
        byte[] start = ProbeAssertions.readAt(file, picture.offset(), 8);
        byte[] end = ProbeAssertions.readAt(file, picture.offset() + picture.length() - 8, 8);
        if (cover.format() == Artwork.Format.PNG) {
            assertThat(start).isEqualTo(HexFormat.of().parseHex("89504e470d0a1a0a"));
            assertThat(end).isEqualTo(PNG_END);
        } else {
            assertThat(start).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
            assertThat(end).endsWith((byte) 0xFF, (byte) 0xD9);
        }
    }
}
