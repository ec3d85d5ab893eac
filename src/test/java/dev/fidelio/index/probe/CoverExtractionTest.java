package dev.fidelio.index.probe;

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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FileProbe#cover} gives the image bytes exactly as embedded, in every container, including those whose
 * pictures are not stored as plain bytes (base64 in Vorbis comments, unsynchronised ID3 tags).
 */
class CoverExtractionTest {

    private static final byte[] PNG = TestImages.png(7, 5);
    private static final byte[] JPEG = TestImages.jpeg(9, 4);

    private final FileProbe probe = new FileProbe();

    @TempDir
    Path dir;

    @Test
    void aFlacsFrontCoverIsChosenOverAnEarlierPicture() throws Exception {
        Path file = write("two.flac", FlacFiles.file(1, new Block(PICTURE, FlacFiles.picture(4, "image/jpeg", 9, 4, JPEG)),
                new Block(PICTURE, FlacFiles.picture(3, "image/png", 7, 5, PNG))));

        ExtractedPicture cover = probe.cover(file).orElseThrow();

        assertThat(cover.picture()).isEqualTo(probe.probe(file).pictures().get(1));
        assertThat(cover.data()).isEqualTo(PNG);
    }

    @Test
    void withoutAFrontCoverTheFirstPictureIsTheCover() throws Exception {
        Path file = write("back.flac", FlacFiles.file(1, new Block(PICTURE, FlacFiles.picture(4, "image/jpeg", 9, 4, JPEG)),
                new Block(PICTURE, FlacFiles.picture(5, "image/png", 7, 5, PNG))));

        assertThat(probe.cover(file).orElseThrow().data()).isEqualTo(JPEG);
    }

    @Test
    void aFileWithoutPicturesHasNoCover() throws Exception {
        assertThat(probe.cover(write("bare.flac", FlacFiles.file(1)))).isEmpty();
    }

    @Test
    void aLargePictureInAFlacVorbisComment() throws Exception {
        byte[] image = noise(100_000);
        String picture = Base64.getEncoder().encodeToString(FlacFiles.picture(3, "image/jpeg", 10, 10, image));
        Path file = write("comment.flac", FlacFiles.file(1,
                new Block(VORBIS_COMMENT, vorbisComment(comment("TITLE", "x"), comment("METADATA_BLOCK_PICTURE", picture)))));

        ExtractedPicture cover = probe.cover(file).orElseThrow();

        assertThat(cover.picture().offset()).as("not stored as plain bytes").isEqualTo(-1);
        assertThat(cover.data()).isEqualTo(image);
    }

    @Test
    void aPictureCommentSpanningManyOggPages() throws Exception {
        byte[] image = noise(200_000);
        String picture = Base64.getEncoder().encodeToString(FlacFiles.picture(3, "image/png", 0, 0, image));
        byte[] comments = OggFiles.comments("vorbis", vorbisComment(comment("TITLE", "Tone"),
                comment("METADATA_BLOCK_PICTURE", picture)), true);
        Path file = write("tone.ogg", OggFiles.stream(44100, OggFiles.vorbisIdentification(2, 44100, 160_000), comments,
                ByteSink.concat(new byte[] {5}, "vorbis".getBytes(StandardCharsets.US_ASCII), new byte[40])));

        assertThat(probe.cover(file).orElseThrow().data()).isEqualTo(image);
    }

    @Test
    void aPictureCommentDamagedAfterItsFirstKilobytesIsAnError() throws Exception {
        byte[] image = noise(50_000);
        byte[] text = Base64.getEncoder().encode(FlacFiles.picture(3, "image/jpeg", 1, 1, image));
        text[text.length - 100] = '%';
        Path file = write("damaged.flac", FlacFiles.file(1, new Block(VORBIS_COMMENT,
                vorbisComment(ByteSink.concat("METADATA_BLOCK_PICTURE=".getBytes(StandardCharsets.US_ASCII), text)))));

        assertThat(probe.probe(file).pictures()).as("described from its start").hasSize(1);
        assertThatThrownBy(() -> probe.cover(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("malformed FLAC: a picture comment is not valid base64");
    }

    @Test
    void anApicFrameInAnMp3() throws Exception {
        byte[] tag = Id3Tag.v24().text("TIT2", "x").picture(3, "image/jpeg", "Front", JPEG).bytes();
        Path file = write("tagged.mp3", ByteSink.concat(tag, ContainerFiles.mp3Frames(5, null)));

        assertThat(probe.cover(file).orElseThrow().data()).isEqualTo(JPEG);
    }

    @Test
    void anUnsynchronisedId3v23Tag() throws Exception {
        byte[] tag = unsynchronised(Id3Tag.v23().text("TIT2", "x").picture(3, "image/jpeg", "", JPEG).bytes());
        Path file = write("unsync.mp3", ByteSink.concat(tag, ContainerFiles.mp3Frames(5, null)));

        ExtractedPicture cover = probe.cover(file).orElseThrow();

        assertThat(cover.picture().offset()).as("the file holds an altered copy").isEqualTo(-1);
        assertThat(cover.data()).isEqualTo(JPEG);
    }

    @Test
    void aPicFrameInAnId3v22Tag() throws Exception {
        byte[] body = ByteSink.concat(new byte[] {0}, "PNG".getBytes(StandardCharsets.US_ASCII), new byte[] {3},
                "cover\0".getBytes(StandardCharsets.US_ASCII), PNG);
        byte[] frame = new ByteSink().ascii("PIC").u24be(body.length).bytes(body).toByteArray();
        byte[] tag = ByteSink.concat(new byte[] {'I', 'D', '3', 2, 0, 0}, Id3Tag.synchsafe(frame.length), frame);
        Path file = write("v22.mp3", ByteSink.concat(tag, ContainerFiles.mp3Frames(5, null)));

        assertThat(probe.cover(file).orElseThrow().data()).isEqualTo(PNG);
    }

    @Test
    void aCovrItemInAnM4a() throws Exception {
        byte[] entry = Mp4Files.audioEntry("alac", 2, 16, 44100, Mp4Files.alacConfig(16, 2, 44100));
        Path file = write("track.m4a", Mp4Files.file(entry, 44100, 44100, null,
                Mp4Files.atom("covr", Mp4Files.data(13, JPEG)), new byte[100]));

        assertThat(probe.cover(file).orElseThrow().data()).isEqualTo(JPEG);
    }

    @Test
    void theFrontCoverOfAWavPackApeTag() throws Exception {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Cover Art (Back)", ByteSink.concat("back.jpg\0".getBytes(StandardCharsets.US_ASCII), JPEG));
        items.put("Cover Art (Front)", ByteSink.concat("cover.png\0".getBytes(StandardCharsets.US_ASCII), PNG));
        long flags = 1 | 9L << 23 | 0x1800;
        Path file = write("tone.wv", ByteSink.concat(ContainerFiles.wavPackBlock(4410, 4410, flags,
                ContainerFiles.subBlock(0x0A, new byte[64])), ContainerFiles.apeTag(items)));

        assertThat(probe.cover(file).orElseThrow().data()).isEqualTo(PNG);
    }

    @Test
    void theId3TagAtTheEndOfADsf() throws Exception {
        byte[] id3 = Id3Tag.v23().picture(3, "image/png", "", PNG).bytes();
        Path file = write("track.dsf", ContainerFiles.dsf(2, 2_822_400, 2_822_400 / 8, id3));

        assertThat(probe.cover(file).orElseThrow().data()).isEqualTo(PNG);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Not an image at all: the probe describes what it is told and the extraction must not care. */
    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** ID3v2.3 unsynchronisation: a zero after every 0xFF of the frames, and the flag in the header. */
    private static byte[] unsynchronised(byte[] tag) {
        ByteSink body = new ByteSink();
        for (int i = Id3v2Reader.HEADER_SIZE; i < tag.length; i++) {
            body.u8(tag[i] & 0xFF);
            if ((tag[i] & 0xFF) == 0xFF) {
                body.u8(0);
            }
        }
        byte[] frames = body.toByteArray();
        return ByteSink.concat(new byte[] {'I', 'D', '3', 3, 0, (byte) 0x80}, Id3Tag.synchsafe(frames.length), frames);
    }
}
