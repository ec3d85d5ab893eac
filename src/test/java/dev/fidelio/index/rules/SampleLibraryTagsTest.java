package dev.fidelio.index.rules;

import static dev.fidelio.index.rules.Tags.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.testmusic.Album;
import dev.fidelio.testmusic.Disc;
import dev.fidelio.testmusic.Manifest;
import dev.fidelio.testmusic.Track;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every track of the generated sample library maps to what its manifest says. */
class SampleLibraryTagsTest {

    private final Manifest manifest = Manifest.load();
    private final TagMapper mapper = Tags.shipped().mapper();

    @Test
    void everyTrackMapsToItsManifestValues() {
        SoftAssertions softly = new SoftAssertions();
        for (Album album : manifest.albums()) {
            for (Disc disc : album.discs()) {
                for (Track track : disc.tracks()) {
                    TrackTags tags = mapper.map(Tags.of(track.tags()));
                    String path = track.path();
                    softly.assertThat(tags.title()).as(path).isEqualTo(track.tag("TITLE"));
                    softly.assertThat(tags.album()).as(path).isEqualTo(album.title());
                    softly.assertThat(names(tags, CreditRole.ALBUM_ARTIST)).as(path).containsExactly(album.albumArtist());
                    softly.assertThat(names(tags, CreditRole.ARTIST)).as(path).containsExactlyElementsOf(artists(track));
                    softly.assertThat(tags.trackNumber()).as(path).isEqualTo(Integer.parseInt(track.tag("TRACKNUMBER")));
                    softly.assertThat(tags.trackTotal()).as(path).isEqualTo(Integer.parseInt(track.tag("TRACKTOTAL")));
                    softly.assertThat(tags.discNumber()).as(path).isEqualTo(disc.number());
                    softly.assertThat(tags.discSubtitle()).as(path).isEqualTo(disc.subtitle());
                    softly.assertThat(tags.releaseDate()).as(path).isEqualTo(album.date());
                    softly.assertThat(tags.genres()).as(path).containsExactly(album.genre());
                    softly.assertThat(tags.label()).as(path).isEqualTo(album.label());
                    softly.assertThat(tags.catalogNumber()).as(path).isEqualTo(album.catalogNumber());
                    softly.assertThat(tags.compilation()).as(path).isEqualTo(album.compilation());
                    softly.assertThat(names(tags, CreditRole.COMPOSER)).as(path).containsExactlyElementsOf(track.tagValues("COMPOSER"));
                    softly.assertThat(tags.credits(CreditRole.COMPOSER)).extracting(Credit::sortName).as(path)
                            .containsExactlyElementsOf(track.tagValues("COMPOSERSORT"));
                    softly.assertThat(names(tags, CreditRole.CONDUCTOR)).as(path).containsExactlyElementsOf(track.tagValues("CONDUCTOR"));
                    softly.assertThat(names(tags, CreditRole.ENSEMBLE)).as(path).containsExactlyElementsOf(track.tagValues("ORCHESTRA"));
                    softly.assertThat(tags.musicBrainz().work()).as(path).isEqualTo(track.tag("MUSICBRAINZ_WORKID"));
                    softly.assertThat(tags.musicBrainz().recording()).as(path).isEqualTo(track.tag("MUSICBRAINZ_TRACKID"));
                    softly.assertThat(tags.musicBrainz().release()).as(path).isEqualTo(track.tag("MUSICBRAINZ_ALBUMID"));
                    assertWorkAndMovement(softly, track, tags);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void classicalTitlesGiveTheSameWorkAndMovementWithoutWorkTags() {
        SoftAssertions softly = new SoftAssertions();
        for (Track track : manifest.tracks()) {
            if (track.tag("WORK") == null) {
                continue;
            }
            Map<String, List<String>> withoutWorkTags = new LinkedHashMap<>(track.tags());
            List.of("WORK", "MOVEMENTNAME", "MOVEMENT", "MOVEMENTTOTAL").forEach(withoutWorkTags::remove);
            TrackTags tags = mapper.map(Tags.of(withoutWorkTags));
            softly.assertThat(tags.work().title()).as(track.path()).isEqualTo(track.tag("WORK"));
            softly.assertThat(tags.movement()).as(track.path()).isEqualTo(new TrackTags.Movement(
                    Integer.parseInt(track.tag("MOVEMENT")), track.tag("MOVEMENTNAME"), null));
        }
        softly.assertAll();
    }

    @Test
    void oneMapperServesManyThreads() {
        List<Track> tracks = manifest.tracks();
        List<TrackTags> sequential = tracks.stream().map(t -> mapper.map(Tags.of(t.tags()))).toList();
        for (int round = 0; round < 20; round++) {
            assertThat(tracks.parallelStream().map(t -> mapper.map(Tags.of(t.tags()))).toList()).isEqualTo(sequential);
        }
    }

    @Test
    void performersCarryTheirInstrument() {
        Track vltava = manifest.tracks().stream().filter(t -> "Má vlast".equals(t.tag("WORK"))).findFirst().orElseThrow();
        assertThat(mapper.map(Tags.of(vltava.tags())).credits(CreditRole.PERFORMER))
                .containsExactly(new Credit("Lucie Malá", "Lucie Malá", CreditRole.PERFORMER, "harp", null));
    }

    @Test
    void replayGainOfLanternsOverWater() {
        Track first = manifest.albums().get(0).tracks().get(0);
        assertThat(mapper.map(Tags.of(first.tags())).replayGain())
                .isEqualTo(new TrackTags.ReplayGain(-8.99, 0.501187, -9.01, 0.502343));
    }

    private static void assertWorkAndMovement(SoftAssertions softly, Track track, TrackTags tags) {
        if (track.tag("WORK") == null) {
            softly.assertThat(tags.work()).as(track.path()).isNull();
            softly.assertThat(tags.movement()).as(track.path()).isNull();
            return;
        }
        softly.assertThat(tags.work().title()).as(track.path()).isEqualTo(track.tag("WORK"));
        softly.assertThat(tags.movement()).as(track.path()).isEqualTo(new TrackTags.Movement(
                Integer.parseInt(track.tag("MOVEMENT")),
                track.tag("MOVEMENTNAME"),
                Integer.parseInt(track.tag("MOVEMENTTOTAL"))));
    }

    /** The manifest's artists: several ARTIST values, or one "A feat. B". */
    private static List<String> artists(Track track) {
        List<String> artists = new ArrayList<>();
        track.tagValues("ARTIST").forEach(value -> artists.addAll(List.of(value.split(" feat\\. "))));
        return artists;
    }
}
