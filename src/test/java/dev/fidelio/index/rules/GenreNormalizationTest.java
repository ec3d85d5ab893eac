package dev.fidelio.index.rules;

import static dev.fidelio.index.rules.Tags.map;
import static dev.fidelio.index.rules.Tags.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenreNormalizationTest {

    @Test
    void spellingsThatDifferInCaseSpacingOrPunctuationAreOneGenre() {
        for (String spelling : new String[] {"Hip Hop", "Hip-Hop", "hiphop", "HIP HOP", "hip_hop"}) {
            assertThat(shipped().normalizeGenre(spelling)).as(spelling).isEqualTo("Hip-Hop");
        }
        assertThat(shipped().normalizeGenre("indie rock")).isEqualTo("Indie Rock");
        assertThat(shipped().normalizeGenre("rock'n'roll")).isEqualTo("Rock & Roll");
    }

    @Test
    void aliasesMapToTheirGenre() {
        assertThat(shipped().normalizeGenre("Klassik")).isEqualTo("Classical");
        assertThat(shipped().normalizeGenre("classical")).isEqualTo("Classical");
        assertThat(shipped().normalizeGenre("Drum and Bass")).isEqualTo("Drum & Bass");
        assertThat(shipped().normalizeGenre("RnB")).isEqualTo("R&B");
        assertThat(shipped().normalizeGenre("OST")).isEqualTo("Soundtrack");
    }

    @Test
    void unknownGenresAreKeptAsWritten() {
        assertThat(shipped().normalizeGenre("Highlife")).isEqualTo("Highlife");
        assertThat(shipped().normalizeGenre("  Zeuhl   Fusion ")).isEqualTo("Zeuhl Fusion");
        assertThat(shipped().normalizeGenre("---")).isNull();
        assertThat(shipped().normalizeGenre("")).isNull();
    }

    @Test
    void multiGenreStringsAreSplit() {
        assertThat(shipped().splitGenres("Rock; Pop")).containsExactly("Rock", "Pop");
        assertThat(shipped().splitGenres("Hip-Hop/Rap")).containsExactly("Hip-Hop", "Rap");
        assertThat(shipped().splitGenres("Jazz | Blues")).containsExactly("Jazz", "Blues");
    }

    @Test
    void genresContainingASeparatorStayWhole() {
        assertThat(shipped().splitGenres("Pop/Funk")).containsExactly("Pop/Funk");
        assertThat(shipped().splitGenres("Singer/Songwriter; Folk")).containsExactly("Singer-Songwriter", "Folk");
    }

    @Test
    void id3v1Codes() {
        assertThat(shipped().splitGenres("(32)")).containsExactly("Classical");
        assertThat(shipped().splitGenres("32")).containsExactly("Classical");
        assertThat(shipped().splitGenres("(17)(13)")).containsExactly("Rock", "Pop");
        assertThat(shipped().splitGenres("(32)Klassik")).containsExactly("Classical");
        assertThat(shipped().splitGenres("(RX)")).containsExactly("Remix");
        assertThat(shipped().splitGenres("(67)")).containsExactly("Psychedelic");
        assertThat(shipped().splitGenres("(999)")).containsExactly("(999)");
        assertThat(shipped().splitGenres("(Live)")).containsExactly("(Live)");
    }

    @Test
    void trackGenresAreNormalizedWithoutRepeats() {
        TrackTags tags = map("GENRE", "Klassik", "GENRE", "Classical; (32)", "GENRE", "Opera");
        assertThat(tags.genres()).containsExactly("Classical", "Opera");
        assertThat(map("TCON", "(13)").genres()).containsExactly("Pop");
        assertThat(map("TITLE", "no genre").genres()).isEmpty();
    }
}
