package dev.fidelio.index.rules;

import static dev.fidelio.index.rules.Tags.map;
import static dev.fidelio.index.rules.Tags.names;
import static dev.fidelio.index.rules.Tags.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.index.probe.RawTags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "1999, 1999",
            "1999-03-21, 1999-03-21",
            "1999-3-5, 1999-03-05",
            "1999-03, 1999-03",
            "1999/03/21, 1999-03-21",
            "21.03.1999, 1999-03-21",
            "1999-03-21T10:00:00, 1999-03-21",
            "1999-03-21 10:00, 1999-03-21",
            "19990321, 1999-03-21",
            "' 1999 ', 1999",
            "1999-00-00, 1999",
            "1999-13-01, 1999",
            "1999-02-30, 1999-02",
            "2000-02-29, 2000-02-29",
            "0000, null",
            "0, null",
            "0999, null",
            "2101, null",
            "99, null",
            "03/21/1999, null",
            "sometime in 1999, null",
            "'', null"})
    void dates(String value, String expected) {
        assertThat(shipped().normalizeDate(value)).isEqualTo(expected);
    }

    @Test
    void anInvalidDateLetsTheNextSourceSpeak() {
        assertThat(map("DATE", "0000", "TYER", "1987").releaseDate()).isEqualTo("1987");
        assertThat(map("DATE", "0000").releaseDate()).isNull();
        assertThat(map("DATE", "2015", "ORIGINALDATE", "1970-01-01", "RECORDINGDATE", "2014-06").recordingDate())
                .isEqualTo("2014-06");
    }

    @Test
    void trackAndDiscNumbers() {
        TrackTags tags = map("TRCK", "3/12", "TPOS", "1/2");
        assertThat(tags.trackNumber()).isEqualTo(3);
        assertThat(tags.trackTotal()).isEqualTo(12);
        assertThat(tags.discNumber()).isEqualTo(1);
        assertThat(tags.discTotal()).isEqualTo(2);

        TrackTags padded = map("TRACKNUMBER", "03", "TRACKTOTAL", "05", "DISCNUMBER", "1");
        assertThat(padded.trackNumber()).isEqualTo(3);
        assertThat(padded.trackTotal()).isEqualTo(5);
        assertThat(padded.discTotal()).isNull();

        TrackTags totalTagWins = map("TRACKNUMBER", "3/10", "TRACKTOTAL", "12");
        assertThat(totalTagWins.trackTotal()).isEqualTo(12);
    }

    @Test
    void badNumbersAreAbsent() {
        for (String bad : new String[] {"abc", "0", "-3", "3.5", "99999", "1e3", "A1", "", "/12", "12345678901234567890"}) {
            assertThat(map("TRACKNUMBER", bad).trackNumber()).as(bad).isNull();
        }
        assertThat(map("TRACKNUMBER", "3/abc").trackTotal()).isNull();
        assertThat(map("TRACKNUMBER", "3/abc").trackNumber()).isEqualTo(3);
    }

    @Test
    void replayGain() {
        TrackTags tags = map("REPLAYGAIN_TRACK_GAIN", "-6.54 dB", "REPLAYGAIN_TRACK_PEAK", "0.988547",
                "REPLAYGAIN_ALBUM_GAIN", "+5.01 DB", "REPLAYGAIN_ALBUM_PEAK", "1,2");
        assertThat(tags.replayGain()).isEqualTo(new TrackTags.ReplayGain(-6.54, 0.988547, 5.01, 1.2));
        assertThat(map("REPLAYGAIN_TRACK_GAIN", "-6,54").replayGain().trackGain()).isEqualTo(-6.54);
        assertThat(map("REPLAYGAIN_TRACK_GAIN", "loud", "REPLAYGAIN_TRACK_PEAK", "-1").replayGain())
                .isEqualTo(new TrackTags.ReplayGain(null, null, null, null));
        assertThat(map("REPLAYGAIN_TRACK_GAIN", "-999 dB").replayGain().trackGain()).isNull();
    }

    @Test
    void identifiers() {
        TrackTags tags = map("ISRC", "us-rc1-76-07839", "MUSICBRAINZ_ALBUMID", "E86F4340-9B19-5115-AA28-880C7FAEB304");
        assertThat(tags.isrc()).isEqualTo("USRC17607839");
        assertThat(tags.musicBrainz().release()).isEqualTo("e86f4340-9b19-5115-aa28-880c7faeb304");
        assertThat(map("ISRC", "not an isrc", "MUSICBRAINZ_ALBUMID", "not-a-uuid").musicBrainz().release()).isNull();
        assertThat(map("ISRC", "not an isrc").isrc()).isNull();
        // A UFID frame handed over whole: owner, NUL, id.
        assertThat(map("UFID", "http://musicbrainz.org\0" + "5c44dc2e-cc9a-5056-ac92-47ad5413f20b").musicBrainz().recording())
                .isEqualTo("5c44dc2e-cc9a-5056-ac92-47ad5413f20b");
    }

    @Test
    void releaseType() {
        assertThat(map("RELEASETYPE", "Album", "RELEASETYPE", "live").releaseType()).isEqualTo("album; live");
        assertThat(map("TXXX:MusicBrainz Album Type", "album/compilation").releaseType()).isEqualTo("album; compilation");
        assertThat(map("TITLE", "x").releaseType()).isNull();
    }

    @Test
    void emptyTagsGiveAnEmptyResult() {
        TrackTags tags = shipped().mapper().map(RawTags.empty());
        assertThat(tags.title()).isNull();
        assertThat(tags.credits()).isEmpty();
        assertThat(tags.genres()).isEmpty();
        assertThat(tags.compilation()).isFalse();
        assertThat(tags.musicBrainz()).isEqualTo(new TrackTags.MusicBrainzIds(null, null, null, null, null));
        assertThat(tags.work()).isNull();
        assertThat(tags.movement()).isNull();
    }

    @Test
    void hygieneTrimsDropsEmptiesAndStripsControlCharacters() {
        TrackTags tags = map("TITLE", "  ", "TIT2", "\uFEFF Harbour \u0007Lights\u0000", "ALBUM", "Two\n lines\tand  spaces");
        assertThat(tags.title()).isEqualTo("Harbour Lights");
        assertThat(tags.album()).isEqualTo("Two lines and spaces");
        assertThat(map("LYRICS", "  Line one\r\nLine two\rLine three\n\n").lyrics()).isEqualTo("Line one\nLine two\nLine three");
    }

    @Test
    void hostileValuesAreCappedNotFatal() {
        String tenMegabytes = "x".repeat(10 * 1024 * 1024);
        TrackTags tags = map(
                "TITLE", tenMegabytes,
                "LYRICS", tenMegabytes,
                "ARTIST", "A; ".repeat(1_000_000),
                "GENRE", "/".repeat(1_000_000),
                "DATE", "9".repeat(1_000_000),
                "TRACKNUMBER", "1".repeat(1_000_000),
                "REPLAYGAIN_TRACK_GAIN", "-".repeat(1_000_000),
                "WORK", "Symphony: ".repeat(100_000));
        assertThat(tags.title()).hasSize(1000);
        assertThat(tags.lyrics()).hasSize(100_000);
        assertThat(names(tags, CreditRole.ARTIST)).containsExactly("A");
        assertThat(tags.genres()).isEmpty();
        assertThat(tags.releaseDate()).isNull();
        assertThat(tags.trackNumber()).isNull();
        assertThat(tags.replayGain().trackGain()).isNull();
        assertThat(tags.work().title()).hasSizeLessThanOrEqualTo(1000);
    }

    @Test
    void cappingNeverSplitsASurrogatePair() {
        String title = "a".repeat(999) + "😀";
        assertThat(map("TITLE", title).title()).isEqualTo("a".repeat(999));
    }

    @Test
    void manyValuesAreCapped() {
        String[] tags = new String[2 * 1000];
        for (int i = 0; i < 1000; i++) {
            tags[2 * i] = "ARTIST";
            tags[2 * i + 1] = "Artist " + i;
        }
        assertThat(map(tags).credits()).hasSize(200);
    }

    @Test
    void nullValuesAndKeysAreIgnored() {
        Map<String, List<String>> raw = new HashMap<>();
        List<String> values = new ArrayList<>();
        values.add(null);
        values.add("Real Title");
        raw.put("TITLE", values);
        assertThat(shipped().mapper().map(Tags.of(raw)).title()).isEqualTo("Real Title");
    }
}
