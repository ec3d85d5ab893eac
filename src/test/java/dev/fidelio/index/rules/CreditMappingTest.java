package dev.fidelio.index.rules;

import static dev.fidelio.index.rules.Tags.map;
import static dev.fidelio.index.rules.Tags.names;
import static dev.fidelio.index.rules.Tags.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditMappingTest {

    private static final String ID_A = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final String ID_B = "bbbbbbbb-0000-4000-8000-000000000002";

    @Test
    void separatorsSplitOneStringIntoSeveralCredits() {
        assertThat(shipped().splitArtists("Mira Solberg; Jonas Reyes")).containsExactly("Mira Solberg", "Jonas Reyes");
        assertThat(shipped().splitArtists("Mira Solberg / Jonas Reyes")).containsExactly("Mira Solberg", "Jonas Reyes");
        assertThat(shipped().splitArtists("Mira Solberg/Jonas Reyes")).containsExactly("Mira Solberg", "Jonas Reyes");
    }

    @Test
    void namesContainingASeparatorStayWhole() {
        assertThat(shipped().splitArtists("AC/DC")).containsExactly("AC/DC");
        assertThat(shipped().splitArtists("ac/dc; Queen")).containsExactly("ac/dc", "Queen");
        assertThat(shipped().splitArtists("Queen / AC/DC")).containsExactly("Queen", "AC/DC");
    }

    @Test
    void ampersandAndCommaAreNotSeparatorsByDefault() {
        assertThat(shipped().splitArtists("Simon & Garfunkel")).containsExactly("Simon & Garfunkel");
        assertThat(shipped().splitArtists("Kofi Mensah & The Accra Strings")).containsExactly("Kofi Mensah & The Accra Strings");
        assertThat(shipped().splitArtists("Prague Riverside Philharmonic, Tomáš Hrubý"))
                .containsExactly("Prague Riverside Philharmonic, Tomáš Hrubý");
    }

    @Test
    void ampersandAsASeparatorKeepsListedDuos() throws Exception {
        TagRules rules = TagRules.fromSources(
                List.of(new RuleSource("defaults", "separator \" & \"\nno-split Simon & Garfunkel")));
        assertThat(rules.splitArtists("Simon & Garfunkel")).containsExactly("Simon & Garfunkel");
        assertThat(rules.splitArtists("Kofi Mensah & The Accra Strings")).containsExactly("Kofi Mensah", "The Accra Strings");
    }

    @Test
    void featuringMarkersSplit() {
        assertThat(shipped().splitArtists("The Hollow Pines feat. Mira Solberg")).containsExactly("The Hollow Pines", "Mira Solberg");
        assertThat(shipped().splitArtists("A ft. B")).containsExactly("A", "B");
        assertThat(shipped().splitArtists("A Featuring B")).containsExactly("A", "B");
        assertThat(shipped().splitArtists("A (feat. B)")).containsExactly("A", "B");
        assertThat(shipped().splitArtists("A [feat. B & C]")).containsExactly("A", "B & C");
        assertThat(shipped().splitArtists("Featherweight")).containsExactly("Featherweight");
    }

    @Test
    void separatorsInsideBracketsDoNotSplit() {
        assertThat(shipped().splitArtists("Band (UK/US)")).containsExactly("Band (UK/US)");
    }

    @Test
    void multiValuedTagsAreAlreadySeparate() {
        TrackTags tags = map("ARTIST", "Mira Solberg", "ARTIST", "Jonas Reyes");
        assertThat(names(tags, CreditRole.ARTIST)).containsExactly("Mira Solberg", "Jonas Reyes");
    }

    @Test
    void picardArtistsTagWinsOverTheDisplayString() {
        TrackTags tags = map("ARTIST", "The Hollow Pines feat. Mira Solberg",
                "ARTISTS", "The Hollow Pines", "ARTISTS", "Mira Solberg");
        assertThat(names(tags, CreditRole.ARTIST)).containsExactly("The Hollow Pines", "Mira Solberg");
    }

    @Test
    void musicBrainzIdsPairWithNamesInOrder() {
        TrackTags tags = map("ARTIST", "The Hollow Pines feat. Mira Solberg",
                "MUSICBRAINZ_ARTISTID", ID_A, "MUSICBRAINZ_ARTISTID", ID_B);
        assertThat(tags.credits(CreditRole.ARTIST))
                .extracting(Credit::name, Credit::musicBrainzId)
                .containsExactly(tuple("The Hollow Pines", ID_A),
                        tuple("Mira Solberg", ID_B));
    }

    @Test
    void oneIdPerValueKeepsANameWithASeparatorWhole() {
        TrackTags tags = map("ARTIST", "Lime/Lemon", "MUSICBRAINZ_ARTISTID", ID_A);
        assertThat(tags.credits(CreditRole.ARTIST)).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Lime/Lemon"))
                .satisfies(c -> assertThat(c.musicBrainzId()).isEqualTo(ID_A));
        assertThat(names(map("ARTIST", "Lime/Lemon"), CreditRole.ARTIST)).containsExactly("Lime", "Lemon");
    }

    @Test
    void idsThatDoNotLineUpAreDropped() {
        TrackTags tags = map("ARTIST", "A", "ARTIST", "B", "ARTIST", "C", "MUSICBRAINZ_ARTISTID", ID_A + "/" + ID_B);
        assertThat(tags.credits(CreditRole.ARTIST)).extracting(Credit::musicBrainzId).containsOnlyNulls();
    }

    @Test
    void sortNamesComeFromSortTagsOrAreDerivedFromArticles() {
        TrackTags tagged = map("ARTIST", "The Hollow Pines feat. Mira Solberg",
                "ARTISTSORT", "Hollow Pines, The feat. Solberg, Mira");
        assertThat(tagged.credits(CreditRole.ARTIST)).extracting(Credit::sortName)
                .containsExactly("Hollow Pines, The", "Solberg, Mira");

        TrackTags derived = map("ARTIST", "The Beatles", "ALBUMARTIST", "Die Ärzte", "COMPOSER", "L'Arc-en-Ciel");
        assertThat(derived.credits()).extracting(Credit::sortName)
                .containsExactly("Beatles, The", "Ärzte, Die", "Arc-en-Ciel, L'");

        TrackTags oneName = map("ARTIST", "夜明けトリオ", "ARTISTSORT", "Yoake Trio");
        assertThat(oneName.credits(CreditRole.ARTIST)).extracting(Credit::sortName).containsExactly("Yoake Trio");
    }

    @Test
    void sortNameDerivation() {
        TagRules rules = shipped();
        assertThat(rules.sortName("The Beatles")).isEqualTo("Beatles, The");
        assertThat(rules.sortName("THE THE")).isEqualTo("THE, THE");
        assertThat(rules.sortName("A Tribe Called Quest")).isEqualTo("Tribe Called Quest, A");
        assertThat(rules.sortName("Los Lobos")).isEqualTo("Lobos, Los");
        assertThat(rules.sortName("L’Orchestre")).isEqualTo("Orchestre, L’");
        assertThat(rules.sortName("Theatre of Tragedy")).isEqualTo("Theatre of Tragedy");
        assertThat(rules.sortName("The")).isEqualTo("The");
        assertThat(rules.sortName("Antonín Dvořák")).isEqualTo("Antonín Dvořák");
    }

    @Test
    void variousArtistsSpellingsBecomeOneName() {
        TagRules rules = shipped();
        for (String spelling : new String[] {"Various", "VA", "V.A.", "V/A", "various artists", "Verschiedene Interpreten", "Varios artistas"}) {
            assertThat(rules.isVariousArtists(spelling)).as(spelling).isTrue();
            assertThat(rules.splitArtists(spelling)).as(spelling).containsExactly("Various Artists");
        }
        assertThat(rules.isVariousArtists("Various Moods")).isFalse();
        assertThat(rules.isVariousArtists(null)).isFalse();
    }

    @Test
    void compilationFromAlbumArtistOrFlag() {
        assertThat(map("ALBUMARTIST", "V.A.").compilation()).isTrue();
        assertThat(names(map("ALBUMARTIST", "V.A."), CreditRole.ALBUM_ARTIST)).containsExactly("Various Artists");
        assertThat(map("ALBUMARTIST", "Someone", "COMPILATION", "1").compilation()).isTrue();
        assertThat(map("TCMP", "true").compilation()).isTrue();
        assertThat(map("cpil", "0").compilation()).isFalse();
        assertThat(map("ALBUMARTIST", "Someone", "COMPILATION", "maybe").compilation()).isFalse();
        assertThat(map("ARTIST", "Various Artists").compilation()).isFalse();
    }

    @Test
    void performersWithInstruments() {
        TrackTags vorbis = map("PERFORMER", "Elena Varga (cello)", "PERFORMER", "Lucie Malá (harp)", "PERFORMER", "Plain Name");
        assertThat(vorbis.credits(CreditRole.PERFORMER)).extracting(Credit::name, Credit::instrument).containsExactly(
                tuple("Elena Varga", "cello"),
                tuple("Lucie Malá", "harp"),
                tuple("Plain Name", null));

        TrackTags id3 = map("TMCL", "violin\0Anna\0viola\0Anna\0piano\0Ben");
        assertThat(id3.credits(CreditRole.PERFORMER)).extracting(Credit::name, Credit::instrument).containsExactly(
                tuple("Anna", "violin"),
                tuple("Anna", "viola"),
                tuple("Ben", "piano"));

        TrackTags slashInInstrument = map("PERFORMER", "Elena Varga (violin/viola)");
        assertThat(slashInInstrument.credits(CreditRole.PERFORMER)).extracting(Credit::instrument).containsExactly("violin/viola");
    }

    @Test
    void everyRoleHasItsTags() {
        TrackTags tags = map(
                "CONDUCTOR", "Tomáš Hrubý", "ORCHESTRA", "Prague Riverside Philharmonic", "LYRICIST", "Lyra Writer",
                "ARRANGER", "Ann Arranger", "REMIXER", "Remy Mix", "COMPOSER", "Bedřich Smetana");
        assertThat(names(tags, CreditRole.CONDUCTOR)).containsExactly("Tomáš Hrubý");
        assertThat(names(tags, CreditRole.ENSEMBLE)).containsExactly("Prague Riverside Philharmonic");
        assertThat(names(tags, CreditRole.LYRICIST)).containsExactly("Lyra Writer");
        assertThat(names(tags, CreditRole.ARRANGER)).containsExactly("Ann Arranger");
        assertThat(names(tags, CreditRole.REMIXER)).containsExactly("Remy Mix");
        assertThat(names(tags, CreditRole.COMPOSER)).containsExactly("Bedřich Smetana");
        assertThat(names(map("TPE4", "Remy Mix", "TEXT", "Lyra Writer", "TIPL", "arranger\0Ann"), CreditRole.REMIXER))
                .containsExactly("Remy Mix");
    }

    @Test
    void repeatedNamesAreCreditedOnce() {
        assertThat(names(map("ARTIST", "A; a; B", "ARTIST", "B"), CreditRole.ARTIST)).containsExactly("A", "B");
    }
}
