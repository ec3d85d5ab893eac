package dev.fidelio.index.rules;

import static dev.fidelio.index.rules.Tags.names;
import static dev.fidelio.index.rules.Tags.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleParsingTest {

    private static TagRulesException problemsOf(String... lines) {
        try {
            rules(lines);
        } catch (TagRulesException e) {
            return e;
        }
        throw new AssertionError("expected the rules to be refused");
    }

    private static TagRules layered(String defaults, String user) throws TagRulesException {
        return TagRules.fromSources(List.of(new RuleSource("defaults.rules", defaults)),
                List.of(new RuleSource("user.rules", user)));
    }

    @Nested
    class Statements {

        @Test
        void fieldListsSourcesInPriorityOrderWithContinuationLinesAndComments() throws Exception {
            TagRules rules = rules(
                    "# a comment",
                    "",
                    "field title = TITLE",
                    "            | TIT2",
                    "   # an indented comment",
                    "field album = ALBUM");
            assertThat(rules.mapper().map(Tags.of("TIT2", "from id3", "TITLE", "from vorbis")).title()).isEqualTo("from vorbis");
            assertThat(rules.mapper().map(Tags.of("TIT2", "from id3")).title()).isEqualTo("from id3");
            assertThat(rules.mapper().map(Tags.of("tit2", "any case")).title()).isEqualTo("any case");
        }

        @Test
        void fieldNamesIgnoreCase() throws Exception {
            assertThat(rules("field TITLESORT = TSOT").mapper().map(Tags.of("TSOT", "x")).titleSort()).isEqualTo("x");
        }

        @Test
        void sourceKeysMayHaveSpacesAndPrefixesAndPairRoles() throws Exception {
            TagRules rules = rules(
                    "field catalogNumber = TXXX:Catalog Number",
                    "field lyrics = USLT*",
                    "field arranger = TIPL[arranger]",
                    "field performer = TMCL[*]");
            TrackTags tags = rules.mapper().map(Tags.of(
                    "TXXX:Catalog Number", "CAT-1",
                    "USLT:eng", "la la",
                    "TIPL", "producer\0Pat\0arranger\0Ann",
                    "TMCL", "violin", "TMCL", "Vic"));
            assertThat(tags.catalogNumber()).isEqualTo("CAT-1");
            assertThat(tags.lyrics()).isEqualTo("la la");
            assertThat(names(tags, CreditRole.ARRANGER)).containsExactly("Ann");
            assertThat(tags.credits(CreditRole.PERFORMER)).singleElement()
                    .satisfies(c -> assertThat(c.instrument()).isEqualTo("violin"))
                    .satisfies(c -> assertThat(c.name()).isEqualTo("Vic"));
        }

        @Test
        void separatorsFeaturingAndNoSplitAreQuotedOrBareItems() throws Exception {
            TagRules rules = rules(
                    "separator \" / \" | ;",
                    "featuring \" feat. \"",
                    "no-split \"Foo / Bar\"");
            assertThat(rules.splitArtists("A / B; C feat. D")).containsExactly("A", "B", "C", "D");
            assertThat(rules.splitArtists("Foo / Bar / E")).containsExactly("Foo / Bar", "E");
        }

        @Test
        void quotedItemsKeepEscapedQuotesAndPipes() throws Exception {
            TagRules rules = rules("separator \"|\" | \"\\\"\"");
            assertThat(rules.splitArtists("A|B\"C")).containsExactly("A", "B", "C");
        }

        @Test
        void articlesAndVariousArtists() throws Exception {
            TagRules rules = rules(
                    "article The | Die",
                    "various-artists Various Artists",
                    "various-alias VA | Verschiedene");
            assertThat(rules.sortName("Die Ärzte")).isEqualTo("Ärzte, Die");
            assertThat(rules.isVariousArtists("verschiedene")).isTrue();
            assertThat(rules.variousArtistsName()).isEqualTo("Various Artists");
            assertThat(rules.splitArtists("V.A.")).containsExactly("Various Artists");
        }

        @Test
        void genresAliasesSeparatorsAndCodes() throws Exception {
            TagRules rules = rules(
                    "genre Classical = Klassik",
                    "genre Highlife",
                    "genre-separator ;",
                    "genre-code 32 = Classical",
                    "genre-code 17 = Rock");
            assertThat(rules.splitGenres("klassik; HIGHLIFE; (17)")).containsExactly("Classical", "Highlife", "Rock");
            assertThat(rules.normalizeGenre("32")).isEqualTo("32");
            assertThat(rules.splitGenres("32")).containsExactly("Classical");
        }

        @Test
        void patterns() throws Exception {
            TagRules rules = rules(
                    "field title = TITLE",
                    "field work = WORK",
                    "movement-pattern colon = ^(?<work>.+?): (?<number>[IVX]+)\\. (?<name>.+)$",
                    "catalogue-pattern opus = Op\\. \\d+",
                    "date-pattern year = ^(?<year>\\d{4})$");
            TrackTags tags = rules.mapper().map(Tags.of("TITLE", "Sonata, Op. 2: III. Rondo"));
            assertThat(tags.work()).isEqualTo(new TrackTags.Work("Sonata, Op. 2", "Op. 2", null));
            assertThat(tags.movement()).isEqualTo(new TrackTags.Movement(3, "Rondo", null));
            assertThat(rules.normalizeDate("1999")).isEqualTo("1999");
            assertThat(rules.normalizeDate("1999-01")).isNull();
        }

        @Test
        void limits() throws Exception {
            TagRules rules = rules(
                    "field title = TITLE",
                    "field album = ALBUM",
                    "field trackNumber = TRACKNUMBER",
                    "field artist = ARTIST",
                    "max-length * 5",
                    "max-length title 3",
                    "max-values 2",
                    "max-number 99",
                    "year-range 1900 2000",
                    "date-pattern year = ^(?<year>\\d{4})$");
            TrackTags tags = rules.mapper().map(Tags.of(
                    "TITLE", "abcdef", "ALBUM", "abcdef", "TRACKNUMBER", "100",
                    "ARTIST", "A", "ARTIST", "B", "ARTIST", "C"));
            assertThat(tags.title()).isEqualTo("abc");
            assertThat(tags.album()).isEqualTo("abcde");
            assertThat(tags.trackNumber()).isNull();
            assertThat(names(tags, CreditRole.ARTIST)).containsExactly("A", "B");
            assertThat(rules.normalizeDate("1899")).isNull();
            assertThat(rules.normalizeDate("1999")).isEqualTo("1999");
        }

        @Test
        void keywordsIgnoreCaseAndAByteOrderMarkIsSkipped() throws Exception {
            TagRules rules = TagRules.fromSources(List.of(new RuleSource("bom.rules", "\uFEFFFIELD title = TITLE")));
            assertThat(rules.mapper().map(Tags.of("TITLE", "t")).title()).isEqualTo("t");
        }
    }

    @Nested
    class Overrides {

        @Test
        void userFieldReplacesTheDefaultSources() throws Exception {
            TagRules rules = layered("field title = TITLE | TIT2", "field title = MYTITLE");
            assertThat(rules.mapper().map(Tags.of("TITLE", "default")).title()).isNull();
            assertThat(rules.mapper().map(Tags.of("MYTITLE", "mine")).title()).isEqualTo("mine");
        }

        @Test
        void plusEqualsAppendsSourcesAtLowestPriority() throws Exception {
            TagRules rules = layered("field work = WORK", "field work += TIT1");
            assertThat(rules.mapper().map(Tags.of("TIT1", "grouped", "WORK", "worked")).work().title()).isEqualTo("worked");
            assertThat(rules.mapper().map(Tags.of("TIT1", "grouped")).work().title()).isEqualTo("grouped");
        }

        @Test
        void listItemsAddUpAcrossLayersAndRemoveTakesThemAway() throws Exception {
            TagRules rules = layered("separator ; | /", "separator \" & \"\nremove separator /");
            assertThat(rules.splitArtists("A & B; C/D")).containsExactly("A", "B", "C/D");
        }

        @Test
        void userGenreReplacesItsAliasesAndPlusEqualsAddsOne() throws Exception {
            TagRules replaced = layered("genre Classical = Klassik", "genre Classical = Clásica");
            assertThat(replaced.normalizeGenre("Klassik")).isEqualTo("Klassik");
            assertThat(replaced.normalizeGenre("clásica")).isEqualTo("Classical");
            TagRules added = layered("genre Classical = Klassik", "genre Classical += Clásica");
            assertThat(added.normalizeGenre("Klassik")).isEqualTo("Classical");
            assertThat(added.normalizeGenre("clásica")).isEqualTo("Classical");
        }

        @Test
        void patternReplacedByNameKeepsItsPlaceAndNewOnesComeAfter() throws Exception {
            TagRules rules = layered(
                    "date-pattern first = ^(?<year>\\d{4})$\ndate-pattern second = ^(?<year>\\d{4})-(?<month>\\d\\d)$",
                    "date-pattern third = ^(?<year>\\d{4})-(?<month>\\d\\d)-(?<day>\\d\\d)$\n"
                            + "date-pattern first = ^(?<day>\\d\\d)\\.(?<month>\\d\\d)\\.(?<year>\\d{4})$");
            assertThat(rules.normalizeDate("1999")).isNull();
            assertThat(rules.normalizeDate("21.03.1999")).isEqualTo("1999-03-21");
            assertThat(rules.normalizeDate("1999-03")).isEqualTo("1999-03");
            assertThat(rules.normalizeDate("1999-03-21")).isEqualTo("1999-03-21");
        }

        @Test
        void singleValuedStatementsAreReplaced() throws Exception {
            TagRules rules = layered("various-artists Various Artists\nyear-range 1000 2100",
                    "various-artists Diverse Künstler\nyear-range 1900 1950\ndate-pattern y = ^(?<year>\\d{4})$");
            assertThat(rules.variousArtistsName()).isEqualTo("Diverse Künstler");
            assertThat(rules.isVariousArtists("Various Artists")).isFalse();
            assertThat(rules.normalizeDate("1960")).isNull();
        }

        @Test
        void removingAFieldLeavesItWithoutSources() throws Exception {
            TagRules rules = layered("field title = TITLE", "remove field title");
            assertThat(rules.mapper().map(Tags.of("TITLE", "t")).title()).isNull();
        }

        @Test
        void theSameThingTwiceInOneLayerIsAMistake() {
            assertThatThrownBy(() -> layered("field title = TITLE\nfield title = TIT2", ""))
                    .hasMessage("defaults.rules:2: field 'title' is already defined at defaults.rules:1");
            assertThatThrownBy(() -> layered("", "separator ;\nseparator ;"))
                    .hasMessage("user.rules:2: separator ';' is already defined at user.rules:1");
        }
    }

    @Nested
    class Errors {

        @Test
        void unknownFieldSuggestsTheNearestName() {
            assertThat(problemsOf("# fields", "field titel = TITLE").problems())
                    .containsExactly("test.rules:2: unknown field 'titel' (did you mean 'title'?)");
        }

        @Test
        void unknownStatementSuggestsTheNearestKeyword() {
            assertThat(problemsOf("feild title = TITLE").problems())
                    .containsExactly("test.rules:1: unknown statement 'feild' (did you mean 'field'?)");
            assertThat(problemsOf("frobnicate everything").problems())
                    .containsExactly("test.rules:1: unknown statement 'frobnicate'");
        }

        @Test
        void invalidRegularExpression() {
            assertThat(problemsOf("movement-pattern broken = ^(?<work>.+: (?<name>.+)$").problems())
                    .singleElement().asString()
                    .startsWith("test.rules:1: invalid regular expression: Unclosed group near index");
        }

        @Test
        void patternGroupsAreChecked() {
            assertThat(problemsOf("movement-pattern p = ^(?<nmuber>\\d+)\\. (?<name>.+)$").problems())
                    .containsExactly("test.rules:1: unknown group 'nmuber' (did you mean 'number'?);"
                            + " movement-pattern knows the groups work, number, name");
            assertThat(problemsOf("movement-pattern p = ^(?<work>.+)$").problems())
                    .containsExactly("test.rules:1: movement-pattern 'p' needs a group (?<number>...) or (?<name>...)");
            assertThat(problemsOf("date-pattern p = ^\\d{4}$").problems())
                    .containsExactly("test.rules:1: date-pattern 'p' needs a group (?<year>...)");
        }

        @Test
        void missingValues() {
            assertThat(problemsOf("separator", "field title =", "field title", "field title = TITLE |").problems())
                    .containsExactly(
                            "test.rules:1: missing value after 'separator'",
                            "test.rules:2: missing value after '=' (expected 'field <name> = <key> | <key> ...')",
                            "test.rules:3: expected 'field <name> = <key> | <key> ...'",
                            "test.rules:4: missing value (empty item between '|')");
        }

        @Test
        void badNumbersAndShapes() {
            assertThat(problemsOf("max-values many", "max-length title", "year-range 2100 1000", "max-length titel 5")
                    .problems()).containsExactly(
                    "test.rules:1: 'many' is not a positive whole number",
                    "test.rules:2: expected 'max-length <field or *> <characters>'",
                    "test.rules:3: year-range: 2100 is after 1000",
                    "test.rules:4: unknown field 'titel' (did you mean 'title'?)");
        }

        @Test
        void quotingAndKeyMistakes() {
            assertThat(problemsOf("separator \" / ", "field title = TXXX[", "field album = \"ALBUM\" x").problems())
                    .containsExactly(
                            "test.rules:1: unterminated quote in '\" /'",
                            "test.rules:2: key 'TXXX[' has unbalanced brackets",
                            "test.rules:3: unexpected text after closing quote: 'x'");
        }

        @Test
        void removeMistakes() {
            assertThat(problemsOf("remove separator /", "remove max-values 3", "remove seperator /").problems())
                    .containsExactly(
                            "test.rules:1: nothing to remove: no separator '/' is defined",
                            "test.rules:2: 'max-values' cannot be removed; set it to another value instead",
                            "test.rules:3: unknown statement 'seperator' (did you mean 'separator'?)");
        }

        @Test
        void aliasesNeedTheCanonicalName() {
            assertThat(problemsOf("various-alias VA").problems())
                    .containsExactly("test.rules:1: various-alias needs a 'various-artists <name>' statement for the name they become");
        }

        @Test
        void continuationWithoutStatement() {
            assertThat(problemsOf("| TITLE").problems())
                    .containsExactly("test.rules:1: continuation line '|' without a statement before it");
        }

        @Test
        void everyProblemOfEveryFileIsReportedTogether() {
            TagRulesException e = null;
            try {
                TagRules.fromSources(
                        List.of(new RuleSource("a.rules", "field titel = TITLE\nfield album = ALBUM\nseperator ;")),
                        List.of(new RuleSource("b.rules", "date-pattern x = (")));
            } catch (TagRulesException thrown) {
                e = thrown;
            }
            assertThat(e).isNotNull();
            assertThat(e.problems()).hasSize(3);
            assertThat(e.problems().get(0)).startsWith("a.rules:1: unknown field 'titel'");
            assertThat(e.problems().get(1)).startsWith("a.rules:3: unknown statement 'seperator'");
            assertThat(e.problems().get(2)).startsWith("b.rules:1: invalid regular expression");
            assertThat(e.getMessage()).startsWith("3 problems in the tag rules:\n  a.rules:1:");
        }
    }
}
