package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import static dev.fidelio.index.probe.ProbeAssertions.assertAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files from real encoders (ffmpeg 5.1, WavPack 5.6; see {@code test-music/fixtures/README.md}), with what
 * {@code ffprobe} reports for them, so the native readers are held to what encoders actually write.
 */
class FixtureProbeTest {

    private static final String FIXTURES = "test-music/fixtures/";
    private static final byte[] PNG_SIGNATURE = HexFormat.of().parseHex("89504e470d0a1a0a");

    private final FileProbe probe = new FileProbe();

    @Test
    void lameConstantBitrateMp3WithId3v24AndCover() throws Exception {
        Path file = fixture("tone-cbr.mp3");
        ProbedFile probed = probe.probe(file);

        // 22 frames of 576 samples after LAME's Info frame: ffprobe says 0.574694 s.
        assertAudio(probed.audio(), AudioFormat.MP3, "MP3", 22050, 0, 2, 12672, 12672 / 22050.0);
        assertThat(probed.audio().bitrateKbps()).isEqualTo(32);
        assertThat(probed.tags().asMap()).containsAllEntriesOf(Map.of("TIT2", List.of("Fixture Tone"),
                "TPE1", List.of("Probe Tester"), "TALB", List.of("Fixtures"), "TRCK", List.of("3/9")));
        assertCover(file, probed.pictures());
    }

    @Test
    void lameVariableBitrateMp3WithId3v23() throws Exception {
        ProbedFile probed = probe.probe(fixture("tone-vbr.mp3"));

        assertAudio(probed.audio(), AudioFormat.MP3, "MP3", 16000, 0, 1, 9216, 0.576);
        assertThat(probed.tags().asMap()).containsAllEntriesOf(Map.of("TIT2", List.of("VBR Tone"),
                "TPE1", List.of("Probe Tester")));
        assertThat(probed.pictures()).isEmpty();
    }

    @Test
    void aacM4aWithPrimingSamplesCutByItsEditList() throws Exception {
        Path file = fixture("tone-aac.m4a");
        ProbedFile probed = probe.probe(file);

        assertAudio(probed.audio(), AudioFormat.AAC, "AAC", 22050, 0, 1, 11025, 0.5);
        assertThat(probed.audio().bitrateKbps()).isBetween(20, 30);
        assertThat(probed.tags().asMap()).containsAllEntriesOf(Map.of("©nam", List.of("AAC Tone"),
                "©ART", List.of("Probe Tester"), "trkn", List.of("2/5"), "disk", List.of("1/2")));
        assertCover(file, probed.pictures());
    }

    @Test
    void alacM4a() throws Exception {
        ProbedFile probed = probe.probe(fixture("tone-alac.m4a"));

        assertAudio(probed.audio(), AudioFormat.ALAC, "ALAC", 11025, 16, 1, 2756, 2756 / 11025.0);
        assertThat(probed.tags().values("©nam")).containsExactly("ALAC Tone");
    }

    @Test
    void oggVorbis() throws Exception {
        ProbedFile probed = probe.probe(fixture("tone.ogg"));

        assertAudio(probed.audio(), AudioFormat.VORBIS, "Vorbis", 22050, 0, 1, 6615, 0.3);
        assertThat(probed.tags().values("TITLE")).containsExactly("Vorbis Tone");
        assertThat(probed.tags().values("ARTIST")).containsExactly("Probe Tester");
    }

    @Test
    void oggOpusWithoutItsPreSkip() throws Exception {
        // The last granule position is 14712, of which 312 are pre-skip.
        ProbedFile probed = probe.probe(fixture("tone.opus"));

        assertAudio(probed.audio(), AudioFormat.OPUS, "Opus", 48000, 0, 1, 14400, 0.3);
        assertThat(probed.tags().values("TITLE")).containsExactly("Opus Tone");
    }

    @Test
    void wavPackWithApeTagAndCover() throws Exception {
        Path file = fixture("tone.wv");
        ProbedFile probed = probe.probe(file);

        assertAudio(probed.audio(), AudioFormat.WAVPACK, "WavPack", 8000, 16, 2, 2000, 0.25);
        assertThat(probed.tags().asMap()).containsExactly(Map.entry("Title", List.of("WavPack Tone")),
                Map.entry("Artist", List.of("Probe Tester")));
        assertCover(file, probed.pictures());
    }

    @Test
    void wavPackDsd() throws Exception {
        ProbedFile probed = probe.probe(fixture("tone-dsd.wv"));

        assertAudio(probed.audio(), AudioFormat.WAVPACK, "WavPack DSD", 2_822_400, 1, 2, 1_411_200, 0.5);
        assertThat(probed.audio().dsdRate()).isEqualTo(2_822_400);
    }

    /** Every fixture's cover is the same 16×16 PNG. */
    private static void assertCover(Path file, List<EmbeddedPicture> pictures) throws Exception {
        assertThat(pictures).hasSize(1);
        EmbeddedPicture cover = pictures.get(0);
        assertThat(cover.type()).isEqualTo(EmbeddedPicture.FRONT_COVER);
        assertThat(cover.mimeType()).isEqualTo("image/png");
        assertThat(cover.width()).isEqualTo(16);
        assertThat(cover.height()).isEqualTo(16);
        assertThat(ProbeAssertions.readAt(file, cover.offset(), PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
    }

    /** From the test classpath (Maven copies test-music/ there), else from the project folder. */
    static Path fixture(String name) throws URISyntaxException {
        URL resource = FixtureProbeTest.class.getClassLoader().getResource(FIXTURES + name);
        return resource != null ? Path.of(resource.toURI()) : Path.of(FIXTURES + name);
    }
}
