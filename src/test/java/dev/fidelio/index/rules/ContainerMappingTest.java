package dev.fidelio.index.rules;

import static dev.fidelio.index.rules.Tags.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.index.probe.RawTags;
import org.junit.jupiter.api.Test;

/** The same Picard-tagged track as each container spells it maps to the same canonical tags. */
class ContainerMappingTest {

    private static final String RECORDING = "4b0544fb-923c-5eb0-b1fa-04f2c9072c79";
    private static final String RELEASE_TRACK = "e86d4d3b-4caf-531d-a528-702c03000451";
    private static final String RELEASE = "347b3c2b-9838-580d-adff-1c8466411a00";
    private static final String RELEASE_GROUP = "0f7a5b1e-1d3c-4b8e-9a55-2d1c7e3f4a10";
    private static final String WORK = "1b0df4d9-a707-5834-ab8d-ec5d60af229d";
    private static final String VARGA = "11111111-2222-4333-8444-555555555555";
    private static final String ORCHESTRA = "4d10e21e-e0ed-5d39-85eb-7f600ef4f6d8";
    private static final String TITLE = "Cello Concerto in B minor, Op. 104: I. Allegro";
    private static final String LYRICS = "No words here,\nonly a cello.";

    private static final RawTags VORBIS = Tags.of(
            "TITLE", TITLE,
            "ARTIST", "Elena Varga", "ARTIST", "Hanseatic Symphony Orchestra",
            "ALBUM", "Dvořák: Cello Concerto",
            "ALBUMARTIST", "Hanseatic Symphony Orchestra",
            "ALBUMARTISTSORT", "Hanseatic Symphony Orchestra",
            "COMPOSER", "Antonín Dvořák", "COMPOSERSORT", "Dvořák, Antonín",
            "CONDUCTOR", "Margarethe Lindqvist",
            "ORCHESTRA", "Hanseatic Symphony Orchestra",
            "PERFORMER", "Elena Varga (cello)",
            "TRACKNUMBER", "5", "TRACKTOTAL", "7", "DISCNUMBER", "1", "DISCTOTAL", "2", "DISCSUBTITLE", "Concertos",
            "DATE", "2022-03-18", "ORIGINALDATE", "1999",
            "GENRE", "Classical", "LABEL", "Nordlicht Records", "CATALOGNUMBER", "NLR 2207",
            "RELEASETYPE", "album", "COMPILATION", "0",
            "MUSICBRAINZ_TRACKID", RECORDING, "MUSICBRAINZ_RELEASETRACKID", RELEASE_TRACK,
            "MUSICBRAINZ_ALBUMID", RELEASE, "MUSICBRAINZ_RELEASEGROUPID", RELEASE_GROUP, "MUSICBRAINZ_WORKID", WORK,
            "MUSICBRAINZ_ARTISTID", VARGA, "MUSICBRAINZ_ARTISTID", ORCHESTRA, "MUSICBRAINZ_ALBUMARTISTID", ORCHESTRA,
            "ISRC", "DEN122200105",
            "REPLAYGAIN_TRACK_GAIN", "-6.54 dB", "REPLAYGAIN_TRACK_PEAK", "0.988547",
            "REPLAYGAIN_ALBUM_GAIN", "-7.01 dB", "REPLAYGAIN_ALBUM_PEAK", "1.000000",
            "LYRICS", LYRICS,
            "WORK", "Cello Concerto in B minor, Op. 104",
            "MOVEMENTNAME", "Allegro", "MOVEMENT", "1", "MOVEMENTTOTAL", "3");

    /** ID3v2.4 as Picard writes it: several values NUL-separated, positions as "n/total", performers in TMCL. */
    private static final RawTags ID3V24 = Tags.of(
            "TIT2", TITLE,
            "TPE1", "Elena Varga\0Hanseatic Symphony Orchestra",
            "TALB", "Dvořák: Cello Concerto",
            "TPE2", "Hanseatic Symphony Orchestra",
            "TSO2", "Hanseatic Symphony Orchestra",
            "TCOM", "Antonín Dvořák", "TSOC", "Dvořák, Antonín",
            "TPE3", "Margarethe Lindqvist",
            "TXXX:ORCHESTRA", "Hanseatic Symphony Orchestra",
            "TMCL", "cello\0Elena Varga",
            "TRCK", "5/7", "TPOS", "1/2", "TSST", "Concertos",
            "TDRC", "2022-03-18", "TDOR", "1999",
            "TCON", "Classical", "TPUB", "Nordlicht Records", "TXXX:CATALOGNUMBER", "NLR 2207",
            "TXXX:MusicBrainz Album Type", "album", "TCMP", "0",
            "UFID:http://musicbrainz.org", RECORDING, "TXXX:MusicBrainz Release Track Id", RELEASE_TRACK,
            "TXXX:MusicBrainz Album Id", RELEASE, "TXXX:MusicBrainz Release Group Id", RELEASE_GROUP,
            "TXXX:MusicBrainz Work Id", WORK,
            "TXXX:MusicBrainz Artist Id", VARGA + "\0" + ORCHESTRA, "TXXX:MusicBrainz Album Artist Id", ORCHESTRA,
            "TSRC", "DEN122200105",
            "TXXX:REPLAYGAIN_TRACK_GAIN", "-6.54 dB", "TXXX:REPLAYGAIN_TRACK_PEAK", "0.988547",
            "TXXX:REPLAYGAIN_ALBUM_GAIN", "-7.01 dB", "TXXX:REPLAYGAIN_ALBUM_PEAK", "1.000000",
            "USLT:eng", LYRICS,
            "TXXX:WORK", "Cello Concerto in B minor, Op. 104",
            "MVNM", "Allegro", "MVIN", "1/3");

    /** MP4: iTunes atoms, Picard's freeform atoms for the rest (its ReplayGain names are lower-case). */
    private static final RawTags MP4 = Tags.of(
            "©nam", TITLE,
            "©ART", "Elena Varga", "©ART", "Hanseatic Symphony Orchestra",
            "©alb", "Dvořák: Cello Concerto",
            "aART", "Hanseatic Symphony Orchestra",
            "soaa", "Hanseatic Symphony Orchestra",
            "©wrt", "Antonín Dvořák", "soco", "Dvořák, Antonín",
            "----:com.apple.iTunes:CONDUCTOR", "Margarethe Lindqvist",
            "----:com.apple.iTunes:ORCHESTRA", "Hanseatic Symphony Orchestra",
            "----:com.apple.iTunes:PERFORMER", "Elena Varga (cello)",
            "trkn", "5/7", "disk", "1/2", "----:com.apple.iTunes:DISCSUBTITLE", "Concertos",
            "©day", "2022-03-18", "----:com.apple.iTunes:ORIGINALDATE", "1999",
            "©gen", "Classical", "----:com.apple.iTunes:LABEL", "Nordlicht Records",
            "----:com.apple.iTunes:CATALOGNUMBER", "NLR 2207",
            "----:com.apple.iTunes:MusicBrainz Album Type", "album", "cpil", "0",
            "----:com.apple.iTunes:MusicBrainz Track Id", RECORDING,
            "----:com.apple.iTunes:MusicBrainz Release Track Id", RELEASE_TRACK,
            "----:com.apple.iTunes:MusicBrainz Album Id", RELEASE,
            "----:com.apple.iTunes:MusicBrainz Release Group Id", RELEASE_GROUP,
            "----:com.apple.iTunes:MusicBrainz Work Id", WORK,
            "----:com.apple.iTunes:MusicBrainz Artist Id", VARGA,
            "----:com.apple.iTunes:MusicBrainz Artist Id", ORCHESTRA,
            "----:com.apple.iTunes:MusicBrainz Album Artist Id", ORCHESTRA,
            "----:com.apple.iTunes:ISRC", "DEN122200105",
            "----:com.apple.iTunes:replaygain_track_gain", "-6.54 dB",
            "----:com.apple.iTunes:replaygain_track_peak", "0.988547",
            "----:com.apple.iTunes:replaygain_album_gain", "-7.01 dB",
            "----:com.apple.iTunes:replaygain_album_peak", "1.000000",
            "©lyr", LYRICS,
            "©wrk", "Cello Concerto in B minor, Op. 104",
            "©mvn", "Allegro", "©mvi", "1", "©mvc", "3");

    /** APEv2 as Picard writes it: title-case names, "Track" and "Disc" as "n/total", "Year" for the date. */
    private static final RawTags APE = Tags.of(
            "Title", TITLE,
            "Artist", "Elena Varga\0Hanseatic Symphony Orchestra",
            "Album", "Dvořák: Cello Concerto",
            "Album Artist", "Hanseatic Symphony Orchestra",
            "Albumartistsort", "Hanseatic Symphony Orchestra",
            "Composer", "Antonín Dvořák", "Composersort", "Dvořák, Antonín",
            "Conductor", "Margarethe Lindqvist",
            "Orchestra", "Hanseatic Symphony Orchestra",
            "Performer", "Elena Varga (cello)",
            "Track", "5/7", "Disc", "1/2", "DiscSubtitle", "Concertos",
            "Year", "2022-03-18", "Originaldate", "1999",
            "Genre", "Classical", "Label", "Nordlicht Records", "CatalogNumber", "NLR 2207",
            "MUSICBRAINZ_ALBUMTYPE", "album", "Compilation", "0",
            "MUSICBRAINZ_TRACKID", RECORDING, "MUSICBRAINZ_RELEASETRACKID", RELEASE_TRACK,
            "MUSICBRAINZ_ALBUMID", RELEASE, "MUSICBRAINZ_RELEASEGROUPID", RELEASE_GROUP, "MUSICBRAINZ_WORKID", WORK,
            "MUSICBRAINZ_ARTISTID", VARGA + "\0" + ORCHESTRA, "MUSICBRAINZ_ALBUMARTISTID", ORCHESTRA,
            "ISRC", "DEN122200105",
            "REPLAYGAIN_TRACK_GAIN", "-6.54 dB", "REPLAYGAIN_TRACK_PEAK", "0.988547",
            "REPLAYGAIN_ALBUM_GAIN", "-7.01 dB", "REPLAYGAIN_ALBUM_PEAK", "1.000000",
            "Lyrics", LYRICS,
            "Work", "Cello Concerto in B minor, Op. 104",
            "MOVEMENTNAME", "Allegro", "MOVEMENT", "1", "MOVEMENTTOTAL", "3");

    private final TagMapper mapper = Tags.shipped().mapper();

    @Test
    void vorbisMapsEveryField() {
        TrackTags tags = mapper.map(VORBIS);
        assertThat(tags.title()).isEqualTo(TITLE);
        assertThat(tags.album()).isEqualTo("Dvořák: Cello Concerto");
        assertThat(tags.credits()).containsExactly(
                new Credit("Elena Varga", "Elena Varga", CreditRole.ARTIST, null, VARGA),
                new Credit("Hanseatic Symphony Orchestra", "Hanseatic Symphony Orchestra", CreditRole.ARTIST, null, ORCHESTRA),
                new Credit("Hanseatic Symphony Orchestra", "Hanseatic Symphony Orchestra", CreditRole.ALBUM_ARTIST, null, ORCHESTRA),
                new Credit("Antonín Dvořák", "Dvořák, Antonín", CreditRole.COMPOSER, null, null),
                new Credit("Margarethe Lindqvist", "Margarethe Lindqvist", CreditRole.CONDUCTOR, null, null),
                new Credit("Hanseatic Symphony Orchestra", "Hanseatic Symphony Orchestra", CreditRole.ENSEMBLE, null, null),
                new Credit("Elena Varga", "Elena Varga", CreditRole.PERFORMER, "cello", null));
        assertThat(tags.trackNumber()).isEqualTo(5);
        assertThat(tags.trackTotal()).isEqualTo(7);
        assertThat(tags.discNumber()).isEqualTo(1);
        assertThat(tags.discTotal()).isEqualTo(2);
        assertThat(tags.discSubtitle()).isEqualTo("Concertos");
        assertThat(tags.releaseDate()).isEqualTo("2022-03-18");
        assertThat(tags.originalDate()).isEqualTo("1999");
        assertThat(tags.recordingDate()).isNull();
        assertThat(tags.genres()).containsExactly("Classical");
        assertThat(tags.label()).isEqualTo("Nordlicht Records");
        assertThat(tags.catalogNumber()).isEqualTo("NLR 2207");
        assertThat(tags.releaseType()).isEqualTo("album");
        assertThat(tags.compilation()).isFalse();
        assertThat(tags.musicBrainz()).isEqualTo(
                new TrackTags.MusicBrainzIds(RELEASE_TRACK, RECORDING, RELEASE, RELEASE_GROUP, WORK));
        assertThat(tags.isrc()).isEqualTo("DEN122200105");
        assertThat(tags.replayGain()).isEqualTo(new TrackTags.ReplayGain(-6.54, 0.988547, -7.01, 1.0));
        assertThat(tags.lyrics()).isEqualTo(LYRICS);
        // MUSICBRAINZ_WORKID names the movement, so the work itself has no id.
        assertThat(tags.work()).isEqualTo(new TrackTags.Work("Cello Concerto in B minor, Op. 104", "Op. 104", null));
        assertThat(tags.movement()).isEqualTo(new TrackTags.Movement(1, "Allegro", 3));
    }

    @Test
    void id3v24GivesTheSameTags() {
        assertThat(mapper.map(ID3V24)).isEqualTo(mapper.map(VORBIS));
    }

    @Test
    void mp4GivesTheSameTags() {
        assertThat(mapper.map(MP4)).isEqualTo(mapper.map(VORBIS));
    }

    @Test
    void apev2GivesTheSameTags() {
        assertThat(mapper.map(APE)).isEqualTo(mapper.map(VORBIS));
    }

    @Test
    void id3v23JoinsArtistsWithSlashAndHasYearFrames() {
        TrackTags tags = mapper.map(Tags.of(
                "TIT2", "Song",
                "TPE1", "Mira Solberg/Jonas Reyes",
                "TYER", "2021",
                "TORY", "1998",
                "IPLS", "arranger\0Ann Example\0producer\0Pat Example",
                "TCON", "(13)"));
        assertThat(names(tags, CreditRole.ARTIST)).containsExactly("Mira Solberg", "Jonas Reyes");
        assertThat(names(tags, CreditRole.ARRANGER)).containsExactly("Ann Example");
        assertThat(tags.releaseDate()).isEqualTo("2021");
        assertThat(tags.originalDate()).isEqualTo("1998");
        assertThat(tags.genres()).containsExactly("Pop");
    }

    @Test
    void id3v22FramesOfOldItunesFilesMap() {
        TrackTags tags = mapper.map(Tags.of(
                "TT2", "Song", "TP1", "Mira Solberg", "TP2", "Various Artists", "TAL", "Old Times",
                "TRK", "3/12", "TPA", "2/2", "TYE", "2004", "TOR", "1977", "TCO", "(17)", "TCM", "Ann Example",
                "TPB", "Driftwood Records", "TCP", "1", "TRC", "GBAAA0400001", "ULT", "la la"));
        assertThat(tags.title()).isEqualTo("Song");
        assertThat(tags.album()).isEqualTo("Old Times");
        assertThat(names(tags, CreditRole.ARTIST)).containsExactly("Mira Solberg");
        assertThat(names(tags, CreditRole.COMPOSER)).containsExactly("Ann Example");
        assertThat(tags.trackNumber()).isEqualTo(3);
        assertThat(tags.trackTotal()).isEqualTo(12);
        assertThat(tags.discNumber()).isEqualTo(2);
        assertThat(tags.releaseDate()).isEqualTo("2004");
        assertThat(tags.originalDate()).isEqualTo("1977");
        assertThat(tags.genres()).containsExactly("Rock");
        assertThat(tags.label()).isEqualTo("Driftwood Records");
        assertThat(tags.compilation()).isTrue();
        assertThat(tags.isrc()).isEqualTo("GBAAA0400001");
        assertThat(tags.lyrics()).isEqualTo("la la");
    }

    @Test
    void anMp4GenreAtomIsItsId3v1Genre() {
        assertThat(mapper.map(Tags.of("©nam", "Song", "gnre", "(17)")).genres()).containsExactly("Rock");
    }

    @Test
    void riffInfoValuesWithTrailingNulsAreClean() {
        TrackTags tags = mapper.map(Tags.of(
                "INAM", "Hvísl\0", "IART", "Björk Sigurdóttir; Kofi Mensah\0", "IPRD", "Hvísl\0\0",
                "ITRK", "1\0", "ICRD", "2018-10-05\0", "IGNR", "Electronic\0"));
        assertThat(tags.title()).isEqualTo("Hvísl");
        assertThat(tags.album()).isEqualTo("Hvísl");
        assertThat(names(tags, CreditRole.ARTIST)).containsExactly("Björk Sigurdóttir", "Kofi Mensah");
        assertThat(tags.trackNumber()).isEqualTo(1);
        assertThat(tags.releaseDate()).isEqualTo("2018-10-05");
        assertThat(tags.genres()).containsExactly("Electronic");
    }
}
