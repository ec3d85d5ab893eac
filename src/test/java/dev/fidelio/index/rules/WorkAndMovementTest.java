package dev.fidelio.index.rules;

import static dev.fidelio.index.rules.Tags.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkAndMovementTest {

    private static final String NEW_WORLD = "Symphony No. 9 in E minor, Op. 95 \"From the New World\"";

    @Test
    void workAndMovementFromATitleWithoutWorkTags() {
        TrackTags tags = map("TITLE", NEW_WORLD + ": II. Largo");
        assertThat(tags.title()).isEqualTo(NEW_WORLD + ": II. Largo");
        assertThat(tags.work()).isEqualTo(new TrackTags.Work(NEW_WORLD, "Op. 95", null));
        assertThat(tags.movement()).isEqualTo(new TrackTags.Movement(2, "Largo", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cello Suite No. 1 in G major, BWV 1007 - I. Prélude | Cello Suite No. 1 in G major, BWV 1007 | BWV 1007 | 1 | Prélude",
            "Piano Sonata No. 14 in C-sharp minor, Op. 27 No. 2: III. Presto agitato | Piano Sonata No. 14 in C-sharp minor, Op. 27 No. 2 | Op. 27 No. 2 | 3 | Presto agitato",
            "Op. 27 No. 2: III. Presto agitato | Op. 27 No. 2 | Op. 27 No. 2 | 3 | Presto agitato",
            "Symphony No. 9 in E minor, Op. 95: I. Adagio – Allegro molto | Symphony No. 9 in E minor, Op. 95 | Op. 95 | 1 | Adagio – Allegro molto",
            "Symphony No. 9 in E minor, Op. 95: III. Scherzo. Molto vivace | Symphony No. 9 in E minor, Op. 95 | Op. 95 | 3 | Scherzo. Molto vivace",
            "Requiem in D minor, K. 626: VIII. Lacrimosa | Requiem in D minor, K. 626 | K. 626 | 8 | Lacrimosa",
            "Piano Sonata in B-flat major, D. 960 – IV. Allegro ma non troppo | Piano Sonata in B-flat major, D. 960 | D. 960 | 4 | Allegro ma non troppo",
            "Symphony No. 94 in G major, Hob. I:94 \"Surprise\": II. Andante | Symphony No. 94 in G major, Hob. I:94 \"Surprise\" | Hob. I:94 | 2 | Andante",
            "The Four Seasons, Violin Concerto in F minor, RV 297 \"Winter\": XII. Allegro | The Four Seasons, Violin Concerto in F minor, RV 297 \"Winter\" | RV 297 | 12 | Allegro",
            "Water Music Suite No. 1, HWV 348: 3. Allegro | Water Music Suite No. 1, HWV 348 | HWV 348 | 3 | Allegro",
            "Für Elise, WoO 59 — I. Poco moto | Für Elise, WoO 59 | WoO 59 | 1 | Poco moto",
            "Piano Sonata in B minor, S. 178: I. Lento assai | Piano Sonata in B minor, S. 178 | S. 178 | 1 | Lento assai",
            "Mass in B minor, KV 427: II. Gloria | Mass in B minor, KV 427 | KV 427 | 2 | Gloria"})
    void titleForms(String title, String work, String catalogue, int number, String name) {
        TrackTags tags = map("TITLE", title);
        assertThat(tags.work()).isEqualTo(new TrackTags.Work(work, catalogue, null));
        assertThat(tags.movement()).isEqualTo(new TrackTags.Movement(number, name, null));
    }

    @Test
    void plainTitlesAreNoMovements() {
        for (String title : new String[] {"Harbour Lights", "1. Intro", "II. Largo", "Song: I Want You",
                "Live in Paris: 1999", "Mr. Brightside", "Part I. The Beginning", "Act I: Scene 2"}) {
            TrackTags tags = map("TITLE", title);
            assertThat(tags.work()).as(title).isNull();
            assertThat(tags.movement()).as(title).isNull();
        }
    }

    @Test
    void workTagLetsShortTitlesNameTheMovement() {
        TrackTags arabic = map("TITLE", "2. Adagio", "WORK", "Serenade for Strings");
        assertThat(arabic.work()).isEqualTo(new TrackTags.Work("Serenade for Strings", null, null));
        assertThat(arabic.movement()).isEqualTo(new TrackTags.Movement(2, "Adagio", null));

        TrackTags roman = map("TITLE", "IV. Finale", "WORK", "Symphony No. 4 in F minor, Op. 36");
        assertThat(roman.work().catalogue()).isEqualTo("Op. 36");
        assertThat(roman.movement()).isEqualTo(new TrackTags.Movement(4, "Finale", null));
    }

    @Test
    void tagsWinOverTheTitle() {
        TrackTags tags = map(
                "TITLE", NEW_WORLD + ": II. Largo",
                "WORK", "Symphony No. 9",
                "MOVEMENTNAME", "Largo (tagged)",
                "MOVEMENT", "2",
                "MOVEMENTTOTAL", "4");
        assertThat(tags.work().title()).isEqualTo("Symphony No. 9");
        assertThat(tags.movement()).isEqualTo(new TrackTags.Movement(2, "Largo (tagged)", 4));
    }

    @Test
    void titleFillsOnlyWhatTheTagsLeaveOpen() {
        TrackTags tags = map("TITLE", NEW_WORLD + ": II. Largo", "MOVEMENTTOTAL", "4");
        assertThat(tags.work().title()).isEqualTo(NEW_WORLD);
        assertThat(tags.movement()).isEqualTo(new TrackTags.Movement(2, "Largo", 4));
    }

    @Test
    void id3MovementFramesAndRomanNumbers() {
        TrackTags tags = map("TIT2", "Largo", "TXXX:WORK", NEW_WORLD, "MVNM", "Largo", "MVIN", "2/4");
        assertThat(tags.movement()).isEqualTo(new TrackTags.Movement(2, "Largo", 4));
        assertThat(map("MOVEMENT", "II", "MOVEMENTNAME", "Largo").movement().number()).isEqualTo(2);
        assertThat(map("MOVEMENT", "IIII", "MOVEMENTNAME", "Largo").movement().number()).isNull();
    }

    @Test
    void movementWorkIdBelongsToTheMovement() {
        String movementId = "9aa7f91d-5c0b-577a-972e-ab994af2fb4e";
        TrackTags movement = map("WORK", NEW_WORLD, "MOVEMENTNAME", "Largo", "MUSICBRAINZ_WORKID", movementId);
        assertThat(movement.musicBrainz().work()).isEqualTo(movementId);
        assertThat(movement.work().musicBrainzId()).isNull();

        TrackTags song = map("WORK", "Yesterday", "MUSICBRAINZ_WORKID", movementId);
        assertThat(song.work().musicBrainzId()).isEqualTo(movementId);
        assertThat(song.movement()).isNull();
    }

    @Test
    void parentWorkIdComesFromItsOwnField() throws Exception {
        String parentId = "6e69f226-8b4d-5da8-b7e8-af5078e5f832";
        TagRules rules = TagRules.fromSources(
                List.of(new RuleSource("fields.rules",
                        "field work = WORK\nfield movementName = MOVEMENTNAME\nfield musicbrainzParentWorkId = PARENTWORKID")));
        TrackTags tags = rules.mapper().map(Tags.of("WORK", NEW_WORLD, "MOVEMENTNAME", "Largo", "PARENTWORKID", parentId));
        assertThat(tags.work().musicBrainzId()).isEqualTo(parentId);
    }

    @Test
    void workWithoutCatalogueNumber() {
        assertThat(map("WORK", "Má vlast").work()).isEqualTo(new TrackTags.Work("Má vlast", null, null));
    }
}
