package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import static dev.fidelio.index.probe.ContainerFiles.aiff;
import static dev.fidelio.index.probe.ContainerFiles.aiffCommon;
import static dev.fidelio.index.probe.ContainerFiles.dff;
import static dev.fidelio.index.probe.ContainerFiles.dffChunk;
import static dev.fidelio.index.probe.ContainerFiles.dffProperties;
import static dev.fidelio.index.probe.ContainerFiles.riffChunk;
import static dev.fidelio.index.probe.ContainerFiles.soundData;
import static dev.fidelio.index.probe.ContainerFiles.subBlock;
import static dev.fidelio.index.probe.ContainerFiles.wav;
import static dev.fidelio.index.probe.ContainerFiles.wavPackBlock;
import static dev.fidelio.index.probe.ContainerFiles.waveFormat;
import static dev.fidelio.index.probe.ProbeAssertions.assertAudio;
import static dev.fidelio.index.probe.ProbeAssertions.assertPicture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One synthetic file per format and variant, written per its specification, and what the probe must read from it. */
class ContainerProbeTest {

    private static final byte[] PNG = TestImages.png(7, 5);
    private static final byte[] JPEG = TestImages.jpeg(9, 4);
    private static final int DSD64 = 2_822_400;

    private final FileProbe probe = new FileProbe();

    @TempDir
    Path dir;

    // ---- DSD ---------------------------------------------------------------------------------------------------

    @Test
    void dsfWithItsId3Tag() throws Exception {
        long samples = DSD64 / 4;
        byte[] id3 = Id3Tag.v23().text("TIT2", "Ísjaki").text("TPE1", "Björk").picture(3, "image/png", "", PNG).bytes();
        Path file = write("track.dsf", ContainerFiles.dsf(2, DSD64, samples, id3));

        ProbedFile probed = probe.probe(file);

        assertAudio(probed.audio(), AudioFormat.DSF, "DSD", DSD64, 1, 2, samples, 0.25);
        assertThat(probed.audio().dsdRate()).isEqualTo(DSD64);
        assertThat(probed.audio().bitrateKbps()).isEqualTo(5645);
        assertThat(probed.audio().lossless()).isTrue();
        assertThat(probed.tags().values("TIT2")).containsExactly("Ísjaki");
        assertThat(probed.tags().values("TPE1")).containsExactly("Björk");
        assertPicture(file, probed.pictures(), 3, "image/png", 7, 5, PNG);
    }

    @Test
    void dsfCutInsideItsDataIsTruncated() throws IOException {
        byte[] dsf = ContainerFiles.dsf(2, DSD64, DSD64, null);
        Path file = write("cut.dsf", Arrays.copyOf(dsf, dsf.length / 2));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated DSF: data chunk ends after the file");
    }

    @Test
    void dffWithDsdDataAnId3ChunkAndEditedMasterText() throws Exception {
        int seconds = 1;
        byte[] sound = new byte[DSD64 / 8 * 2 * seconds];
        byte[] diin = dffChunk("DIIN", ByteSink.concat(
                dffChunk("DIAR", new ByteSink().u32be(6).ascii("Artist").toByteArray()),
                dffChunk("DITI", new ByteSink().u32be(5).ascii("Title").toByteArray())));
        Path file = write("track.dff", dff(dffProperties(DSD64, 2, "DSD "), dffChunk("DSD ", sound), diin,
                dffChunk("ID3 ", Id3Tag.v24().text("TALB", "Album").bytes())));

        ProbedFile probed = probe.probe(file);

        assertAudio(probed.audio(), AudioFormat.DFF, "DSD", DSD64, 1, 2, DSD64, 1.0);
        assertThat(probed.audio().dsdRate()).isEqualTo(DSD64);
        assertThat(probed.tags().asMap()).containsEntry("TALB", List.of("Album"))
                .containsEntry("DIAR", List.of("Artist")).containsEntry("DITI", List.of("Title"));
    }

    @Test
    void dffWithDstCompressionCountsItsFrames() throws Exception {
        byte[] dst = dffChunk("DST ", ByteSink.concat(dffChunk("FRTE", new ByteSink().u32be(150).u16be(75).toByteArray()),
                dffChunk("DSTF", new byte[100])));
        ProbedFile probed = probe.probe(write("dst.dff", dff(dffProperties(2 * DSD64, 6, "DST "), dst)));

        assertAudio(probed.audio(), AudioFormat.DFF, "DST", 2 * DSD64, 1, 6, 2L * 2 * DSD64, 2.0);
    }

    @Test
    void dffCutInsideItsSoundDataIsTruncated() throws IOException {
        byte[] dff = dff(dffProperties(DSD64, 2, "DSD "), dffChunk("DSD ", new byte[10_000]));
        Path file = write("cut.dff", Arrays.copyOf(dff, dff.length - 1000));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated DFF: sound data ends after the file");
    }

    // ---- WavPack -----------------------------------------------------------------------------------------------

    @Test
    void wavPackStereoWithAnApeTag() throws Exception {
        long flags = 1 | 9L << 23 | 0x1800; // 2 bytes a sample, 44.1 kHz, initial and final block
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Title", "Tone");
        items.put("Artist", "One\0Two");
        items.put("Cover Art (Front)", ByteSink.concat("cover.png\0".getBytes(StandardCharsets.US_ASCII), PNG));
        items.put("Cover Art (Back)", ByteSink.concat("back.jpg\0".getBytes(StandardCharsets.US_ASCII), JPEG));
        byte[] wv = ByteSink.concat(wavPackBlock(88200, 88200, flags, subBlock(0x0A, new byte[64])),
                ContainerFiles.apeTag(items));
        Path file = write("tone.wv", wv);

        ProbedFile probed = probe.probe(file);

        assertAudio(probed.audio(), AudioFormat.WAVPACK, "WavPack", 44100, 16, 2, 88200, 2.0);
        assertThat(probed.tags().asMap()).containsExactly(Map.entry("Title", List.of("Tone")),
                Map.entry("Artist", List.of("One", "Two")));
        assertThat(probed.pictures()).hasSize(2);
        assertPicture(file, probed.pictures().subList(0, 1), 3, "image/png", 7, 5, PNG);
        assertPicture(file, probed.pictures().subList(1, 2), 4, "image/jpeg", 9, 4, JPEG);
    }

    @Test
    void wavPackMultichannelTakesItsChannelCountAndRateFromSubBlocks() throws Exception {
        long flags = 2 | 15L << 23 | 0x800; // 3 bytes a sample, custom rate, initial block only
        byte[] subBlocks = ByteSink.concat(subBlock(0x0D, new byte[] {6, 0x3F, 0}),
                subBlock(0x27, new byte[] {(byte) 0x80, (byte) 0xBB, 0}));
        ProbedFile probed = probe.probe(write("six.wv", wavPackBlock(48000, 48000, flags, subBlocks)));

        assertAudio(probed.audio(), AudioFormat.WAVPACK, "WavPack", 48000, 24, 6, 48000, 1.0);
    }

    @Test
    void wavPackDsdCountsEightSamplesPerStoredByte() throws Exception {
        long flags = 0x8000_0000L | 12L << 23 | 0x1800; // DSD, 88.2 kHz base rate, mono flag clear
        byte[] subBlocks = subBlock(0x0E, new byte[] {2, 0}); // rate shift 2: 352.8 kHz of bytes
        ProbedFile probed = probe.probe(write("dsd.wv", wavPackBlock(352_800, 352_800, flags, subBlocks)));

        assertAudio(probed.audio(), AudioFormat.WAVPACK, "WavPack DSD", DSD64, 1, 2, DSD64, 1.0);
        assertThat(probed.audio().dsdRate()).isEqualTo(DSD64);
    }

    @Test
    void wavPackHeaderWithAnUnknownVersionIsUnsupported() throws IOException {
        byte[] block = wavPackBlock(100, 100, 1 | 9L << 23, new byte[0]);
        block[8] = 0x00;
        block[9] = 0x03; // stream version 0x300, WavPack 3
        Path file = write("old.wv", block);

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("unsupported WavPack stream version 0x300");
    }

    // ---- MP3 ---------------------------------------------------------------------------------------------------

    @Test
    void mp3WithAnId3v23TagAndConstantBitrate() throws Exception {
        byte[] tag = Id3Tag.v23()
                .text("TIT2", "Grüße")
                .text("TPE1", "One", "Two")
                .userText("MusicBrainz Album Id", "e86f4340-9b19-5115-aa28-880c7faeb304")
                .comment("eng", "", "A comment")
                .comment("eng", "iTunNORM", "0000 0001")
                .uniqueFileId("http://musicbrainz.org", "176c96a4-e9a7-55c9-a0ad-e2a659473f98")
                .picture(3, "image/jpg", "Front", JPEG)
                .padding(64)
                .bytes();
        int frames = 20;
        Path file = write("cbr.mp3", ByteSink.concat(tag, ContainerFiles.mp3Frames(frames, null)));

        ProbedFile probed = probe.probe(file);

        double duration = frames * ContainerFiles.MP3_FRAME_LENGTH * 8 / 128_000.0;
        assertAudio(probed.audio(), AudioFormat.MP3, "MP3", 44100, 0, 2, -1, duration);
        assertThat(probed.audio().bitrateKbps()).isEqualTo(128);
        assertThat(probed.audio().lossless()).isFalse();
        assertThat(probed.tags().asMap()).containsExactly(
                Map.entry("TIT2", List.of("Grüße")),
                Map.entry("TPE1", List.of("One", "Two")),
                Map.entry("TXXX:MusicBrainz Album Id", List.of("e86f4340-9b19-5115-aa28-880c7faeb304")),
                Map.entry("COMM", List.of("A comment")),
                Map.entry("COMM:iTunNORM", List.of("0000 0001")),
                Map.entry("UFID:http://musicbrainz.org", List.of("176c96a4-e9a7-55c9-a0ad-e2a659473f98")));
        assertPicture(file, probed.pictures(), 3, "image/jpeg", 9, 4, JPEG);
    }

    @Test
    void mp3WithAXingHeaderHasAnExactDuration() throws Exception {
        byte[] audio = ContainerFiles.mp3Frames(11, ContainerFiles.xing(10, 11 * ContainerFiles.MP3_FRAME_LENGTH));
        ProbedFile probed = probe.probe(write("vbr.mp3", ByteSink.concat(Id3Tag.v24().text("TIT2", "x").bytes(), audio)));

        assertAudio(probed.audio(), AudioFormat.MP3, "MP3", 44100, 0, 2, 11520, 11520 / 44100.0);
        assertThat(probed.audio().bitrateKbps()).isEqualTo(128);
    }

    @Test
    void mp3WithAnApeTagBeforeItsId3v1Tag() throws Exception {
        byte[] v1 = new byte[128];
        put(v1, 0, "TAG");
        put(v1, 3, "Old Title");
        byte[] ape = ContainerFiles.apeTag(Map.<String, Object>of("REPLAYGAIN_TRACK_GAIN", "-4.20 dB", "Title", "New Title"));
        byte[] audio = ContainerFiles.mp3Frames(3, null);
        ProbedFile probed = probe.probe(write("gained.mp3", ByteSink.concat(Id3Tag.v23().text("TIT2", "Title").bytes(), audio, ape, v1)));

        assertThat(probed.tags().asMap()).containsOnly(Map.entry("TIT2", List.of("Title")),
                Map.entry("REPLAYGAIN_TRACK_GAIN", List.of("-4.20 dB")), Map.entry("Title", List.of("New Title")));
        assertThat(probed.audio().durationSeconds()).as("neither tag is taken for audio")
                .isCloseTo(3 * ContainerFiles.MP3_FRAME_LENGTH * 8 / 128_000.0, within(1e-9));
    }

    @Test
    void mp3WithOnlyAnId3v1Tag() throws Exception {
        byte[] v1 = new byte[128];
        put(v1, 0, "TAG");
        put(v1, 3, "Old Title");
        put(v1, 33, "Old Artist");
        put(v1, 93, "1999");
        v1[126] = 7;
        v1[127] = 17;
        ProbedFile probed = probe.probe(write("old.mp3", ByteSink.concat(ContainerFiles.mp3Frames(3, null), v1)));

        assertThat(probed.tags().asMap()).containsExactly(Map.entry("Title", List.of("Old Title")),
                Map.entry("Artist", List.of("Old Artist")), Map.entry("Year", List.of("1999")),
                Map.entry("Track", List.of("7")), Map.entry("Genre", List.of("17")));
        assertThat(probed.audio().durationSeconds())
                .isCloseTo(3 * ContainerFiles.MP3_FRAME_LENGTH * 8 / 128_000.0, within(1e-9));
    }

    // ---- MP4 ---------------------------------------------------------------------------------------------------

    @Test
    void alacM4aWithItunesItemsAndCover() throws Exception {
        byte[] items = ByteSink.concat(
                Mp4Files.textItem("©nam", "Ísjaki"),
                Mp4Files.textItem("©ART", "One", "Two"),
                Mp4Files.atom("trkn", Mp4Files.data(0, new ByteSink().u16be(0).u16be(3).u16be(12).u16be(0).toByteArray())),
                Mp4Files.atom("cpil", Mp4Files.data(21, new byte[] {1})),
                Mp4Files.atom("gnre", Mp4Files.data(0, new byte[] {0, 18})),
                Mp4Files.freeformItem("com.apple.iTunes", "MusicBrainz Album Id", "e86f4340"),
                Mp4Files.atom("covr", Mp4Files.data(14, PNG)));
        byte[] entry = Mp4Files.audioEntry("alac", 2, 24, 96000, Mp4Files.alacConfig(24, 2, 96000));
        Path file = write("track.m4a", Mp4Files.file(entry, 96000, 192_000, null, items, new byte[3000]));

        ProbedFile probed = probe.probe(file);

        assertAudio(probed.audio(), AudioFormat.ALAC, "ALAC", 96000, 24, 2, 192_000, 2.0);
        assertThat(probed.audio().bitrateKbps()).isEqualTo(12); // 3000 bytes in 2 s
        assertThat(probed.tags().asMap()).containsExactly(
                Map.entry("©nam", List.of("Ísjaki")),
                Map.entry("©ART", List.of("One", "Two")),
                Map.entry("trkn", List.of("3/12")),
                Map.entry("cpil", List.of("1")),
                Map.entry("gnre", List.of("(17)")),
                Map.entry("----:com.apple.iTunes:MusicBrainz Album Id", List.of("e86f4340")));
        assertPicture(file, probed.pictures(), 3, "image/png", 7, 5, PNG);
    }

    @Test
    void aacM4aHonoursItsEditListAndAverageBitrate() throws Exception {
        byte[] lowComplexityStereo44k = {0x12, 0x10};
        byte[] entry = Mp4Files.audioEntry("mp4a", 2, 16, 44100, Mp4Files.esds(128_000, lowComplexityStereo44k));
        byte[] edit = Mp4Files.editList(Mp4Files.TIMESCALE, 2112);
        ProbedFile probed = probe.probe(write("aac.m4a", Mp4Files.file(entry, 44100, 44100 + 2112 + 700, edit,
                Mp4Files.textItem("©nam", "AAC"), new byte[1000])));

        assertAudio(probed.audio(), AudioFormat.AAC, "AAC", 44100, 0, 2, 44100, 1.0);
        assertThat(probed.audio().bitrateKbps()).isEqualTo(128);
        assertThat(probed.tags().values("©nam")).containsExactly("AAC");
    }

    @Test
    void heAacReportsItsOutputSampleRate() throws Exception {
        // Object type 5 (SBR), core 22.05 kHz (index 7), stereo, extension 44.1 kHz (index 4), then AAC-LC.
        byte[] sbr = {0x2B, (byte) 0x92, 0x08, 0x00};
        byte[] entry = Mp4Files.audioEntry("mp4a", 2, 16, 22050, Mp4Files.esds(48_000, sbr));
        ProbedFile probed = probe.probe(write("he.m4a", Mp4Files.file(entry, 44100, 88200, null, new byte[0], new byte[10])));

        assertAudio(probed.audio(), AudioFormat.AAC, "HE-AAC", 44100, 0, 2, 88200, 2.0);
    }

    @Test
    void anMp4WithAnotherCodecIsUnsupported() throws IOException {
        byte[] entry = Mp4Files.audioEntry("ac-3", 6, 16, 48000);
        Path file = write("ac3.m4a", Mp4Files.file(entry, 48000, 48000, null, new byte[0], new byte[10]));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("unsupported MP4 audio codec 'ac-3'");
    }

    // ---- Ogg ---------------------------------------------------------------------------------------------------

    @Test
    void oggVorbisWithAPictureComment() throws Exception {
        String picture = Base64.getEncoder().encodeToString(FlacFiles.picture(3, "image/png", 0, 0, PNG));
        byte[] comments = OggFiles.comments("vorbis", FlacFiles.vorbisComment(FlacFiles.comment("TITLE", "Tone"),
                FlacFiles.comment("ARTIST", "One"), FlacFiles.comment("ARTIST", "Two"),
                FlacFiles.comment("METADATA_BLOCK_PICTURE", picture)), true);
        byte[] setup = ByteSink.concat(new byte[] {5}, "vorbis".getBytes(StandardCharsets.US_ASCII), new byte[40]);
        ProbedFile probed = probe.probe(write("tone.ogg",
                OggFiles.stream(88200, OggFiles.vorbisIdentification(2, 44100, 160_000), comments, setup)));

        assertAudio(probed.audio(), AudioFormat.VORBIS, "Vorbis", 44100, 0, 2, 88200, 2.0);
        assertThat(probed.audio().bitrateKbps()).isEqualTo(160);
        assertThat(probed.tags().asMap()).containsExactly(Map.entry("TITLE", List.of("Tone")),
                Map.entry("ARTIST", List.of("One", "Two")));
        assertThat(probed.pictures()).containsExactly(new EmbeddedPicture(3, "image/png", 7, 5, -1, PNG.length));
    }

    @Test
    void oggOpusSubtractsItsPreSkip() throws Exception {
        byte[] comments = OggFiles.comments("OpusTags", FlacFiles.vorbisComment(FlacFiles.comment("title", "Opus")), false);
        ProbedFile probed = probe.probe(write("tone.opus", OggFiles.stream(48000 + 312, OggFiles.opusHead(1, 312), comments)));

        assertAudio(probed.audio(), AudioFormat.OPUS, "Opus", 48000, 0, 1, 48000, 1.0);
        assertThat(probed.tags().values("TITLE")).containsExactly("Opus");
    }

    @Test
    void aCommentHeaderSpanningManyPagesIsReassembled() throws Exception {
        byte[] large = new byte[300_000];
        Arrays.fill(large, (byte) 'a');
        byte[] comments = OggFiles.comments("OpusTags", FlacFiles.vorbisComment(
                ByteSink.concat("LYRICS=".getBytes(StandardCharsets.US_ASCII), large), FlacFiles.comment("TITLE", "After")), false);
        ProbedFile probed = probe.probe(write("long.opus", OggFiles.stream(48000 + 312, OggFiles.opusHead(2, 312), comments)));

        assertThat(probed.tags().values("LYRICS")).singleElement().satisfies(value -> assertThat(value).hasSize(300_000));
        assertThat(probed.tags().values("TITLE")).containsExactly("After");
    }

    @Test
    void oggFlacIsNotSupported() throws IOException {
        byte[] head = ByteSink.concat(new byte[] {0x7F}, "FLAC".getBytes(StandardCharsets.US_ASCII), new byte[40]);
        Path file = write("flac.oga", OggFiles.stream(1000, head));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("unsupported Ogg codec (only Vorbis and Opus are read)");
    }

    // ---- WAV and AIFF variants ---------------------------------------------------------------------------------

    @Test
    void floatWavAsWaveFormatExtensible() throws Exception {
        byte[] file = wav(waveFormat(ContainerFiles.WAVE_FLOAT, true, 2, 96000, 32), riffChunk("data", new byte[8 * 9600]));
        ProbedFile probed = probe.probe(write("float.wav", file));

        assertAudio(probed.audio(), AudioFormat.WAV, "PCM float", 96000, 32, 2, 9600, 0.1);
    }

    @Test
    void rf64TakesItsDataSizeFromDs64() throws Exception {
        byte[] ds64 = riffChunk("ds64", new ByteSink().u64le(0).u64le(4 * 4410).u64le(4410).u32le(0).toByteArray());
        byte[] data = new ByteSink().ascii("data").u32le(0xFFFF_FFFFL).zeros(4 * 4410).toByteArray();
        byte[] body = ByteSink.concat("WAVE".getBytes(StandardCharsets.US_ASCII), ds64,
                waveFormat(ContainerFiles.WAVE_PCM, false, 2, 44100, 16), data);
        byte[] rf64 = ByteSink.concat(new ByteSink().ascii("RF64").u32le(0xFFFF_FFFFL).toByteArray(), body);

        ProbedFile probed = probe.probe(write("big.wav", rf64));

        assertAudio(probed.audio(), AudioFormat.WAV, "PCM", 44100, 16, 2, 4410, 0.1);
    }

    @Test
    void wavInfoTextInLatin1IsReadAsLatin1() throws Exception {
        byte[] info = riffChunk("LIST", ByteSink.concat("INFO".getBytes(StandardCharsets.US_ASCII),
                riffChunk("INAM", "Caf\u00e9\0".getBytes(StandardCharsets.ISO_8859_1)),
                riffChunk("IART", "Björk\0".getBytes(StandardCharsets.UTF_8))));
        ProbedFile probed = probe.probe(write("info.wav",
                wav(waveFormat(ContainerFiles.WAVE_PCM, false, 1, 8000, 8), info, riffChunk("data", new byte[80]))));

        assertThat(probed.tags().asMap()).containsExactly(Map.entry("INAM", List.of("Café")),
                Map.entry("IART", List.of("Björk")));
    }

    @Test
    void mp3InsideAWavIsUnsupported() throws IOException {
        byte[] fmt = riffChunk("fmt ", new ByteSink().u16le(0x55).u16le(2).u32le(44100).u32le(16000).u16le(1).u16le(0)
                .toByteArray());
        Path file = write("mp3.wav", wav(fmt, riffChunk("data", new byte[100])));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("unsupported WAV encoding (format tag 0x0055)");
    }

    @Test
    void aifcLittleEndianAndFloat() throws Exception {
        ProbedFile sowt = probe.probe(write("sowt.aifc", aiff(true, aiffCommon(2, 4410, 16, 44100, "sowt"),
                soundData(new byte[4 * 4410]))));
        ProbedFile float32 = probe.probe(write("fl32.aifc", aiff(true, aiffCommon(1, 4800, 32, 48000, "fl32"),
                soundData(new byte[4 * 4800]))));

        assertAudio(sowt.audio(), AudioFormat.AIFF, "PCM", 44100, 16, 2, 4410, 0.1);
        assertAudio(float32.audio(), AudioFormat.AIFF, "PCM float", 48000, 32, 1, 4800, 0.1);
    }

    @Test
    void aiffWithTextChunks() throws Exception {
        ProbedFile probed = probe.probe(write("text.aiff", aiff(false, aiffCommon(1, 100, 8, 8000, null),
                ContainerFiles.iffChunk("NAME", "Name".getBytes(StandardCharsets.US_ASCII)),
                ContainerFiles.iffChunk("AUTH", "Author".getBytes(StandardCharsets.US_ASCII)),
                soundData(new byte[100]))));

        assertThat(probed.tags().asMap()).containsExactly(Map.entry("NAME", List.of("Name")),
                Map.entry("AUTH", List.of("Author")));
    }

    @Test
    void aiffWhoseSoundDataIsShorterThanCommDeclaresIsTruncated() throws IOException {
        Path file = write("short.aiff", aiff(false, aiffCommon(2, 44100, 16, 44100, null), soundData(new byte[1000])));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated AIFF: the sound data is shorter than declared");
    }

    @Test
    void compressedAifcIsUnsupported() throws IOException {
        Path file = write("ulaw.aifc", aiff(true, aiffCommon(1, 100, 16, 8000, "ulaw"), soundData(new byte[100])));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("unsupported AIFF-C compression 'ulaw'");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void put(byte[] into, int at, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, into, at, bytes.length);
    }
}
