package dev.fidelio.testmusic;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.AudioHeader;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.flac.FlacTag;
import org.jaudiotagger.tag.images.Artwork;
import org.jaudiotagger.tag.wav.WavTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every generated track back with jaudiotagger, an independent tag reader, and compares with the manifest. */
class TagRoundTripTest {

    /** Held strongly: java.util.logging keeps only weak references to configured loggers. */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");
    private static final Manifest MANIFEST = Manifest.load();
    private static Path library;

    @BeforeAll
    static void generateLibrary() {
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
        library = SampleLibraryGenerator.ensureDefault();
    }

    static Stream<Track> tracks() {
        return MANIFEST.tracks().stream();
    }

    @ParameterizedTest
    @MethodSource("tracks")
    void audioHeaderMatchesManifest(Track track) throws Exception {
        AudioHeader header = read(track).getAudioHeader();

        assertAll(
                () -> assertEquals(track.sampleRate(), header.getSampleRateAsNumber(), "sample rate"),
                () -> assertEquals(track.bitsPerSample(), header.getBitsPerSample(), "bits per sample"),
                () -> assertEquals(String.valueOf(track.channels()), header.getChannels(), "channels"),
                // jaudiotagger only knows a WAV's sample count from a 'fact' chunk, which PCM files need not have.
                () -> assertEquals(track.durationSeconds(), header.getPreciseTrackLength(), 0.001, "duration"));
    }

    @ParameterizedTest
    @MethodSource("tracks")
    void commonTagsMatchManifest(Track track) throws Exception {
        Tag tag = read(track).getTag();

        assertAll(
                () -> assertEquals(track.tag("TITLE"), tag.getFirst(FieldKey.TITLE), "title"),
                () -> assertEquals(track.tagValues("ARTIST"), tag.getAll(FieldKey.ARTIST), "artists"),
                () -> assertEquals(track.tag("ALBUM"), tag.getFirst(FieldKey.ALBUM), "album"),
                () -> assertEquals(track.tag("ALBUMARTIST"), tag.getFirst(FieldKey.ALBUM_ARTIST), "album artist"),
                () -> assertEquals(number(track.tag("TRACKNUMBER")), number(tag.getFirst(FieldKey.TRACK)), "track number"),
                () -> assertEquals(number(track.tag("TRACKTOTAL")), number(tag.getFirst(FieldKey.TRACK_TOTAL)), "track total"),
                () -> assertEquals(number(track.tag("DISCNUMBER")), number(tag.getFirst(FieldKey.DISC_NO)), "disc number"),
                () -> assertEquals(track.tag("DATE"), tag.getFirst(FieldKey.YEAR), "date"),
                () -> assertEquals(track.tag("GENRE"), tag.getFirst(FieldKey.GENRE), "genre"),
                () -> assertEquals(orEmpty(track.tag("COMPOSER")), tag.getFirst(FieldKey.COMPOSER), "composer"),
                () -> assertEquals(orEmpty(track.tag("ARTISTSORT")), tag.getFirst(FieldKey.ARTIST_SORT), "artist sort"),
                () -> assertEquals(orEmpty(track.tag("DISCSUBTITLE")), tag.getFirst(FieldKey.DISC_SUBTITLE), "disc subtitle"));
    }

    @ParameterizedTest
    @MethodSource("tracks")
    void embeddedCoverMatchesManifest(Track track) throws Exception {
        dev.fidelio.testmusic.Artwork expected = albumOf(track).embeddedCover();
        Artwork artwork = read(track).getTag().getFirstArtwork();

        if (expected == null) {
            assertNull(artwork, "no embedded cover expected");
            return;
        }
        assertNotNull(artwork, "embedded cover");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(artwork.getBinaryData()));
        assertAll(
                () -> assertEquals(expected.format().mimeType(), artwork.getMimeType(), "MIME type"),
                () -> assertEquals(3, artwork.getPictureType(), "front cover"),
                () -> assertEquals(expected.width(), image.getWidth(), "decoded width"),
                () -> assertEquals(expected.height(), image.getHeight(), "decoded height"));
    }

    static Stream<Track> flacTracks() {
        return tracks().filter(track -> track.format() == Track.Format.FLAC);
    }

    /** Vorbis comments are stored verbatim, so every key, value and repetition must come back unchanged. */
    @ParameterizedTest
    @MethodSource("flacTracks")
    void everyVorbisCommentRoundTrips(Track track) throws Exception {
        FlacTag tag = (FlacTag) read(track).getTag();

        assertAll(track.tags().entrySet().stream().map(entry -> () ->
                assertEquals(entry.getValue(), tag.getVorbisCommentTag().getAll(entry.getKey()), entry.getKey())));
        assertEquals(FlacWriter.VENDOR, tag.getVorbisCommentTag().getVendor());
    }

    static Stream<Track> classicalTracks() {
        return tracks().filter(track -> track.tag("WORK") != null);
    }

    /**
     * The movement fields are left out on purpose: the sample library follows Picard (MOVEMENTNAME, MOVEMENT = number,
     * MOVEMENTTOTAL) while jaudiotagger's FieldKey.MOVEMENT reads the Vorbis key MOVEMENT as the movement <em>name</em>.
     * {@link #everyVorbisCommentRoundTrips} checks the raw comments.
     */
    @ParameterizedTest
    @MethodSource("classicalTracks")
    void classicalTagsMapToJaudiotaggerFields(Track track) throws Exception {
        Tag tag = read(track).getTag();

        assertAll(
                () -> assertEquals(track.tag("WORK"), tag.getFirst(FieldKey.WORK), "work"),
                () -> assertEquals(track.tag("CONDUCTOR"), tag.getFirst(FieldKey.CONDUCTOR), "conductor"),
                () -> assertEquals(track.tag("ORCHESTRA"), tag.getFirst(FieldKey.ORCHESTRA), "orchestra"),
                () -> assertEquals(orEmpty(track.tag("PERFORMER")), tag.getFirst(FieldKey.PERFORMER), "performer"),
                () -> assertEquals(track.tag("MUSICBRAINZ_WORKID"), tag.getFirst(FieldKey.MUSICBRAINZ_WORK_ID), "work id"));
    }

    static Stream<Track> wavTracks() {
        return tracks().filter(track -> track.format() == Track.Format.WAV);
    }

    /**
     * WAV files carry the basic fields a second time, in the RIFF INFO chunk. INFO strings are NUL-terminated and
     * jaudiotagger hands the terminator back as part of the value, so it is stripped before comparing.
     */
    @ParameterizedTest
    @MethodSource("wavTracks")
    void wavInfoChunkMatchesManifest(Track track) throws Exception {
        Tag info = ((WavTag) read(track).getTag()).getInfoTag();

        assertAll(
                () -> assertEquals(track.tag("TITLE"), infoValue(info, FieldKey.TITLE), "INAM"),
                () -> assertEquals(String.join("; ", track.tagValues("ARTIST")), infoValue(info, FieldKey.ARTIST), "IART"),
                () -> assertEquals(track.tag("ALBUM"), infoValue(info, FieldKey.ALBUM), "IPRD"),
                () -> assertEquals(track.tag("TRACKNUMBER"), infoValue(info, FieldKey.TRACK), "ITRK"),
                () -> assertEquals(track.tag("DATE"), infoValue(info, FieldKey.YEAR), "ICRD"),
                () -> assertEquals(track.tag("GENRE"), infoValue(info, FieldKey.GENRE), "IGNR"));
    }

    private static String infoValue(Tag info, FieldKey key) {
        String value = info.getFirst(key);
        return value.endsWith("\0") ? value.substring(0, value.length() - 1) : value;
    }

    private static AudioFile read(Track track) throws Exception {
        return AudioFileIO.read(library.resolve(track.path()).toFile());
    }

    private static Album albumOf(Track track) {
        return MANIFEST.albums().stream().filter(album -> album.tracks().contains(track)).findFirst().orElseThrow();
    }

    /** Track and disc numbers are compared as numbers: "01", "1" and "1/5" all mean track one. */
    private static Integer number(String value) {
        return value == null || value.isEmpty() ? null : Integer.valueOf(value.split("/")[0]);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
