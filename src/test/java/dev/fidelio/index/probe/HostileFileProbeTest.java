package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import static dev.fidelio.index.probe.FlacFiles.Block;
import static dev.fidelio.index.probe.FlacFiles.PICTURE;
import static dev.fidelio.index.probe.FlacFiles.VORBIS_COMMENT;
import static dev.fidelio.index.probe.FlacFiles.comment;
import static dev.fidelio.index.probe.FlacFiles.vorbisComment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to break a reader: absurd lengths, wrong names, truncation, bad encodings. Each must give a result or
 * an {@link UnreadableFileException} with a reason, and nothing may be allocated on a length's word alone.
 */
class HostileFileProbeTest {

    private final FileProbe probe = new FileProbe();

    @TempDir
    Path dir;

    @Test
    void aVorbisCommentCountOfTwoToThe31IsRejectedWithoutAllocating() throws IOException {
        byte[] body = new ByteSink().u32le(0).u32le(Integer.MAX_VALUE).u32le(5).ascii("A=bcd").toByteArray();
        Path file = write("count.flac", FlacFiles.file(1, new Block(VORBIS_COMMENT, body)));

        assertThatThrownBy(() -> probe.probe(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("malformed FLAC: the Vorbis comment block declares 2147483647 comments");
    }

    @Test
    void aTenMegabyteValueIsDroppedAndTheOtherTagsKept() throws Exception {
        byte[] huge = new byte[10 << 20];
        Arrays.fill(huge, (byte) 'x');
        // A FLAC block holds at most 16 MiB, so the value fits; the reader must not keep it.
        byte[] block = vorbisComment(comment("TITLE", "Kept"), ByteSink.concat("LYRICS=".getBytes(StandardCharsets.US_ASCII), huge),
                comment("ARTIST", "Also kept"));
        ProbedFile probed = probe.probe(write("huge.flac", FlacFiles.file(1, new Block(VORBIS_COMMENT, block))));

        assertThat(probed.tags().values("LYRICS")).isEmpty();
        assertThat(probed.tags().values("TITLE")).containsExactly("Kept");
        assertThat(probed.tags().values("ARTIST")).containsExactly("Also kept");
    }

    @Test
    void invalidUtf8IsReplacedNotThrown() throws Exception {
        byte[] bad = ByteSink.concat("TITLE=Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, '!', (byte) 0xFF});
        ProbedFile probed = probe.probe(write("utf8.flac", FlacFiles.file(1, new Block(VORBIS_COMMENT, vorbisComment(bad)))));

        assertThat(probed.tags().values("TITLE")).containsExactly("Caf\uFFFD!\uFFFD");
    }

    @Test
    void keysAreKeptAsWrittenAndMergedIgnoringCase() throws Exception {
        byte[] block = vorbisComment(comment("Artist", "One"), comment("ARTIST", "Two"), comment("title", "T"));
        ProbedFile probed = probe.probe(write("case.flac", FlacFiles.file(1, new Block(VORBIS_COMMENT, block))));

        assertThat(probed.tags().asMap()).containsExactly(
                Map.entry("Artist", List.of("One", "Two")), Map.entry("title", List.of("T")));
    }

    @Test
    void aFlacWithAnId3v2TagInFrontIsStillFlac() throws Exception {
        byte[] id3 = Id3Tag.v24().text("TIT2", "From ID3").padding(100).bytes();
        byte[] flac = FlacFiles.file(2, new Block(VORBIS_COMMENT, vorbisComment(comment("TITLE", "From FLAC"))));
        ProbedFile probed = probe.probe(write("id3.flac", ByteSink.concat(id3, flac)));

        assertThat(probed.audio().format()).isEqualTo(AudioFormat.FLAC);
        assertThat(probed.audio().totalSamples()).isEqualTo(2L * FlacFiles.BLOCK_SIZE);
        assertThat(probed.tags().asMap()).containsOnlyKeys("TITLE");
    }

    @Test
    void theFormatComesFromTheContentNotTheName() throws Exception {
        byte[] wav = ContainerFiles.wav(ContainerFiles.waveFormat(ContainerFiles.WAVE_PCM, false, 2, 44100, 16),
                ContainerFiles.riffChunk("data", new byte[4 * 441]));

        ProbedFile probed = probe.probe(write("really-a-wav.flac", wav));

        assertThat(probed.audio().format()).isEqualTo(AudioFormat.WAV);
        assertThat(probed.audio().totalSamples()).isEqualTo(441);
    }

    @Test
    void aOneByteFileIsNotAudio() throws IOException {
        Path file = write("one.flac", new byte[] {'f'});

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("not an audio file (unknown format)");
    }

    @Test
    void aDirectoryCannotBeRead() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("album.flac"));

        assertThatThrownBy(() -> probe.probe(folder)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("cannot read: not a regular file");
    }

    @Test
    void aVanishedFileCannotBeRead() {
        assertThatThrownBy(() -> probe.probe(dir.resolve("gone.flac"))).isInstanceOf(UnreadableFileException.class)
                .hasMessage("cannot read: no such file");
    }

    @Test
    void aWavWhoseDataChunkIsShorterThanDeclaredIsTruncated() throws IOException {
        byte[] data = new ByteSink().ascii("data").u32le(44100 * 4).zeros(1000).toByteArray();
        Path file = write("short.wav", ContainerFiles.wav(ContainerFiles.waveFormat(ContainerFiles.WAVE_PCM, false, 2, 44100, 16), data));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated WAV: data chunk ends after the file");
    }

    @Test
    void aStreamingWavWithAPlaceholderSizeRunsToTheEndOfTheFile() throws Exception {
        byte[] data = new ByteSink().ascii("data").u32le(0xFFFF_FFFFL).zeros(4 * 1000).toByteArray();
        ProbedFile probed = probe.probe(write("stream.wav",
                ContainerFiles.wav(ContainerFiles.waveFormat(ContainerFiles.WAVE_PCM, false, 2, 44100, 16), data)));

        assertThat(probed.audio().totalSamples()).isEqualTo(1000);
    }

    @Test
    void aFlacEndingInsideAMetadataBlockIsTruncated() throws IOException {
        byte[] flac = FlacFiles.file(1, new Block(VORBIS_COMMENT, vorbisComment(comment("TITLE", "x".repeat(500)))));
        Path file = write("cut.flac", Arrays.copyOf(flac, 100));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated FLAC: metadata block runs past the end of the file");
    }

    @Test
    void aFlacWithoutAudioFramesIsUnreadable() throws IOException {
        byte[] flac = FlacFiles.file(1);
        Path file = write("noframes.flac", Arrays.copyOf(flac, flac.length - FlacFiles.frame(0).length));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated FLAC: no audio frames after the metadata");
    }

    @Test
    void aFlacWithGarbageInsteadOfFramesIsUnreadable() throws IOException {
        byte[] flac = FlacFiles.file(1);
        Arrays.fill(flac, flac.length - FlacFiles.frame(0).length, flac.length, (byte) 0x55);
        Path file = write("garbage-frames.flac", flac);

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("malformed FLAC: no audio frames after the metadata");
    }

    @Test
    void aFlacWhoseFirstBlockIsNotStreamInfoIsUnreadable() throws IOException {
        byte[] flac = ByteSink.concat("fLaC".getBytes(StandardCharsets.US_ASCII),
                FlacFiles.metadata(List.of(new Block(VORBIS_COMMENT, vorbisComment()))), FlacFiles.frames(1));
        Path file = write("nostreaminfo.flac", flac);

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("FLAC STREAMINFO missing");
    }

    @Test
    void aFlacCutBetweenItsFramesIsTruncatedButAWholeOneIsNot() throws Exception {
        byte[] whole = FlacFiles.file(3);
        assertThat(probe.probe(write("whole.flac", whole)).audio().totalSamples()).isEqualTo(3L * FlacFiles.BLOCK_SIZE);

        Path cut = write("cut-audio.flac", Arrays.copyOf(whole, whole.length - FlacFiles.frame(2).length));
        assertThatThrownBy(() -> probe.probe(cut)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated FLAC: the file ends before its last audio frame");
    }

    @Test
    void aPictureClaimingMoreBytesThanItsBlockIsSkipped() throws Exception {
        byte[] picture = FlacFiles.picture(3, "image/png", 1, 1, TestImages.png(1, 1));
        picture[picture.length - TestImages.png(1, 1).length - 4] = 0x7F; // data length: about 2 GB
        ProbedFile probed = probe.probe(write("picture.flac", FlacFiles.file(1, new Block(PICTURE, picture))));

        assertThat(probed.pictures()).isEmpty();
    }

    @Test
    void aVorbisCommentLongerThanItsBlockIsMalformed() throws IOException {
        byte[] block = new ByteSink().u32le(0).u32le(1).u32le(1000).ascii("TITLE=short").toByteArray();
        Path file = write("overlong.flac", FlacFiles.file(1, new Block(VORBIS_COMMENT, block)));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("malformed FLAC: a Vorbis comment runs past the end of its metadata block");
    }

    @Test
    void anId3FrameWithAnAbsurdSizeEndsTheTagButKeepsEarlierFrames() throws Exception {
        byte[] tag = Id3Tag.v24().text("TIT2", "Before").frame("TPE1", "Artist".getBytes(StandardCharsets.US_ASCII)).bytes();
        // Rewrite the TPE1 size (synchsafe) to 2^28 - 1.
        int tpe1 = indexOf(tag, "TPE1");
        tag[tpe1 + 4] = 0x7F;
        tag[tpe1 + 5] = 0x7F;
        tag[tpe1 + 6] = 0x7F;
        tag[tpe1 + 7] = 0x7F;
        byte[] mp3 = ByteSink.concat(tag, ContainerFiles.mp3Frames(5, null));

        ProbedFile probed = probe.probe(write("frame.mp3", mp3));

        assertThat(probed.tags().asMap()).containsOnlyKeys("TIT2");
        assertThat(probed.audio().format()).isEqualTo(AudioFormat.MP3);
    }

    @Test
    void anId3TagLongerThanTheFileIsTruncated() throws IOException {
        byte[] tag = Id3Tag.v24().text("TIT2", "Title").padding(50_000).bytes();
        Path file = write("tag.mp3", Arrays.copyOf(tag, 1000));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated MP3: ID3v2 tag runs past the end of the file");
    }

    @Test
    void anMp4WhoseMediaDataRunsPastTheEndIsTruncated() throws IOException {
        byte[] m4a = Mp4Files.file(Mp4Files.audioEntry("alac", 2, 16, 44100, Mp4Files.alacConfig(16, 2, 44100)),
                44100, 44100, null, new byte[0], new byte[5000]);
        Path file = write("cut.m4a", Arrays.copyOf(m4a, m4a.length - 100));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("truncated MP4: 'mdat' atom runs past the end of the file");
    }

    @Test
    void anOggCommentCountOfTwoToThe31IsRejected() throws IOException {
        byte[] comments = OggFiles.comments("OpusTags", new ByteSink().u32le(0).u32le(0x7FFF_FFFF).toByteArray(), false);
        Path file = write("count.opus", OggFiles.stream(48000, OggFiles.opusHead(2, 312), comments));

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("malformed Ogg Opus: the Vorbis comment block declares 2147483647 comments");
    }

    @Test
    void randomBytesAfterAnMpegSyncAreNotAudio() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xFB;
        noise[2] = (byte) 0x90;
        noise[3] = 0x40;
        noise[417] = 0x00; // no second frame where the first one ends
        Path file = write("noise.mp3", noise);

        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("not an audio file (unknown format)");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static int indexOf(byte[] bytes, String ascii) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new AssertionError(ascii + " not found");
    }
}
