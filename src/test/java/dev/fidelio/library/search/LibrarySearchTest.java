package dev.fidelio.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.Scans;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.library.Album;
import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.Artist;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.Track;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.library.Work;
import dev.fidelio.library.WorkItem;
import dev.fidelio.testsupport.TestFiles;
import dev.fidelio.testsupport.TinyFlac;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Search on the sample library, plus a scratch library of its own (a second music folder) for what the sample lacks:
 * a BWV number, and titles built to show each ranking tier.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibrarySearchTest {

    private static final Set<ItemKind> ALL_KINDS = EnumSet.allOf(ItemKind.class);
    private static final String SUITE = "Cello Suite No. 1 in G major, BWV 1007";

    @Inject
    LibrarySearch search;

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @Inject
    LibraryAccess access;

    @Inject
    AccountService accounts;

    Path scratch;

    @BeforeAll
    void scanTheSampleAndAScratchLibrary() throws IOException {
        Scans.run(scanner, runs, ScanKind.QUICK);
        scratch = Files.createTempDirectory("fidelio-search");
        Path suites = Files.createDirectories(scratch.resolve("Ansel Quint/Cello Suites"));
        writeTrack(suites.resolve("01.flac"), "Cello Suites", 1, SUITE + ": I. Prélude", "Ansel Quint", Map.of("COMPOSER",
                "Johann Sebastian Bach", "COMPOSERSORT", "Bach, Johann Sebastian", "WORK", SUITE, "MOVEMENTNAME", "Prélude"));
        writeTrack(suites.resolve("02.flac"), "Cello Suites", 2, SUITE + ": II. Allemande", "Ansel Quint", Map.of("COMPOSER",
                "Johann Sebastian Bach", "COMPOSERSORT", "Bach, Johann Sebastian", "WORK", SUITE, "MOVEMENTNAME", "Allemande"));
        Path rooms = Files.createDirectories(scratch.resolve("Ansel Quint/Small Rooms"));
        writeTrack(rooms.resolve("01.flac"), "Small Rooms", 3, "Quilon", "Ansel Quint", Map.of());
        writeTrack(rooms.resolve("02.flac"), "Small Rooms", 4, "Evening", "Quillon Trio", Map.of());
        writeTrack(rooms.resolve("03.flac"), "Small Rooms", 5, "Quillonade", "Ansel Quint", Map.of());
        writeTrack(rooms.resolve("04.flac"), "Small Rooms", 6, "Quillon", "Ansel Quint", Map.of());
        writeTrack(rooms.resolve("05.flac"), "Small Rooms", 7, "Quillotine", "Ansel Quint", Map.of());
        assertThat(ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, scratch).added).isEqualTo(7);
    }

    @AfterAll
    void forgetTheScratchLibrary() {
        ScratchAlbum.forget(store, ScratchAlbum.tracksIn(scratch), scratch);
    }

    @Test
    void diacriticsAreIgnoredEitherWay() {
        assertThat(artistNames("Dvorak")).first().isEqualTo("Antonín Dvořák");
        assertThat(artistNames("DVOŘÁK")).first().isEqualTo("Antonín Dvořák");
        assertThat(artistNames("Sólberg")).first().isEqualTo("Mira Solberg");
        assertThat(titles(ItemKind.album, "jokulsarlon")).containsExactly("Jökulsárlón");
        assertThat(titles(ItemKind.track, "Thogn")).as("Þ folds to th").containsExactly("Þögn");
    }

    @Test
    void aWordMayBeTheStartOfOne() {
        assertThat(artistNames("Dvo")).first().isEqualTo("Antonín Dvořák");
        assertThat(titles(ItemKind.track, "Vlt")).first().isEqualTo("Má vlast: II. Vltava");
        assertThat(artistNames("夜明け")).containsExactly("夜明けトリオ");
    }

    @Test
    void longerWordsMayBeMisspelt() {
        assertThat(artistNames("Dvorack")).first().isEqualTo("Antonín Dvořák");
        assertThat(artistNames("Smetna")).first().isEqualTo("Bedřich Smetana");
        assertThat(titles(ItemKind.work, "Symfony")).contains("Symphony No. 9 in E minor, Op. 95 \"From the New World\"");
    }

    @Test
    void sortNamesAndEveryFieldOfAnItemAreSearched() {
        assertThat(artistNames("Yoake")).containsExactly("夜明けトリオ");
        assertThat(titles(ItemKind.work, "Dvorak cello")).containsExactly("Cello Concerto in B minor, Op. 104");
        assertThat(titles(ItemKind.album, "Lindqvist")).containsExactly("Dvořák: Symphony No. 9 · Cello Concerto");
        assertThat(titles(ItemKind.track, "Varga allegro")).containsExactly("Cello Concerto in B minor, Op. 104: I. Allegro",
                "Cello Concerto in B minor, Op. 104: III. Finale. Allegro moderato");
    }

    @Test
    void catalogueNumbersMatchHoweverTheyAreWritten() {
        String symphony = "Symphony No. 9 in E minor, Op. 95 \"From the New World\"";
        for (String query : List.of("Op. 95", "op 95", "op95", "OP.95")) {
            assertThat(titles(ItemKind.work, query)).as(query).first().isEqualTo(symphony);
        }
        assertThat(titles(ItemKind.track, "op 95")).hasSize(8).allMatch(t -> t.startsWith(symphony));
        for (String query : List.of("BWV 1007", "bwv1007", "BWV1007", "bwv 1007")) {
            assertThat(titles(ItemKind.work, query)).as(query).containsExactly(SUITE);
            assertThat(titles(ItemKind.track, query)).as(query).containsExactly(SUITE + ": I. Prélude", SUITE + ": II. Allemande");
        }
    }

    @Test
    void titleMatchesComeBeforeIncidentalOnes() {
        // Vltava is a track's title, and part of the title of the album the four Dvořák tracks are on.
        List<String> vltava = titles(ItemKind.track, "Vltava");
        assertThat(vltava).hasSize(5).first().isEqualTo("Má vlast: II. Vltava");
        assertThat(vltava.subList(1, 5)).allMatch(t -> t.startsWith("Symphony No. 9"));
        assertThat(titles(ItemKind.track, "harbour lights")).startsWith("Harbour Lights", "Harbour Lights (Radio Edit)");
    }

    @Test
    void wholeWordsRankAbovePrefixesAboveIncidentalMatchesAboveCorrections() {
        // Quilon is a spelling variant of the known word quillon; Quillotine is only half as like it.
        SearchHits<TrackItem> hits = search.search("quillon", VisibleLibraries.ALL, Set.of(ItemKind.track), 10, 0).tracks();
        assertThat(hits.items()).extracting(TrackItem::title).containsExactly("Quillon", "Quillonade", "Evening", "Quilon");
        assertThat(hits.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
        assertThat(titles(ItemKind.track, "quilon")).containsExactly("Quilon", "Quillon", "Evening");
    }

    @Test
    void anEmptyQueryPagesThroughEverythingOnce() {
        for (String empty : List.of("", "  ", "%", "_", "\\", "%_\\", "\"\"")) {
            assertThat(everything(empty, VisibleLibraries.ALL, ItemKind.track, SearchResults::tracks, TrackItem::id)).as(empty)
                    .hasSize((int) Track.count());
        }
        assertThat(everything(null, VisibleLibraries.ALL, ItemKind.artist, SearchResults::artists, ArtistItem::id))
                .hasSize((int) Artist.count());
        assertThat(everything("", VisibleLibraries.ALL, ItemKind.album, SearchResults::albums, AlbumItem::id)).hasSize((int) Album.count());
        assertThat(everything("", VisibleLibraries.ALL, ItemKind.work, SearchResults::works, WorkItem::id)).hasSize((int) Work.count());
    }

    @Test
    void kindsArePagedApart() {
        SearchResults page = search.search("dvorak", VisibleLibraries.ALL,
                Map.of(ItemKind.artist, new SearchPage(0, 1), ItemKind.track, new SearchPage(3, 2)));
        assertThat(page.artists().items()).extracting(ArtistItem::name).containsExactly("Antonín Dvořák");
        List<UUID> allTracks = search.search("dvorak", VisibleLibraries.ALL, Set.of(ItemKind.track), 50, 0).tracks().items()
                .stream().map(TrackItem::id).toList();
        assertThat(page.tracks().items()).extracting(TrackItem::id).containsExactlyElementsOf(allTracks.subList(3, 5));
        assertThat(page.tracks().more()).isTrue();
        assertThat(page.albums().hits()).as("not asked for").isEmpty();
        assertThat(page.works().hits()).isEmpty();
    }

    @Test
    void hostileQueriesGiveResultsOrAClearRefusal() {
        long tracks = Track.count();
        assertThat(search.search("'; DROP TABLE track; --", VisibleLibraries.ALL, ALL_KINDS, 10, 0).tracks().hits()).isEmpty();
        assertThat(Track.count()).isEqualTo(tracks);
        for (String query : List.of("\u0000Dvořák\u0000", "\uD800Dvořák\uDFFF", "dvořák & ! | :* ( ) <-> '", "Dvořák\\",
                "'dvořák':*", "½ Dvořák ①")) {
            assertThat(artistNames(query)).as(query).first().isEqualTo("Antonín Dvořák");
        }
        assertThat(search.search("dvo\\rak 'a'' b\\'", VisibleLibraries.ALL, ALL_KINDS, 10, 0).artists().hits()).isEmpty();
        assertThatThrownBy(() -> search.search("x".repeat(10_240), VisibleLibraries.ALL, ALL_KINDS, 10, 0))
                .isInstanceOf(InvalidSearchException.class).hasMessage("A search is at most 200 characters long; this one has 10240.");
        assertThatThrownBy(() -> search.search("a b c d e f g h i j k l m n o p q", VisibleLibraries.ALL, ALL_KINDS, 10, 0))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("at most 16 different words");
        assertThatThrownBy(() -> search.search("dvorak", VisibleLibraries.ALL, ALL_KINDS, 10, -1))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> search.search("dvorak", VisibleLibraries.ALL, ALL_KINDS, 5000, 0))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("0 to 1000");
    }

    @Test
    void aRestrictedAccountFindsNothingOutsideItsLibraries() {
        long user = accounts.create("search-" + UUID.randomUUID(), "a long enough password", Role.USER).id;
        access.restrict(user, Set.of(ScratchAlbum.folderId(scratch)));
        VisibleLibraries scratchOnly = access.of(user);
        SearchResults dvorak = search.search("Dvorak", scratchOnly, ALL_KINDS, 10, 0);
        assertThat(List.of(dvorak.artists(), dvorak.albums(), dvorak.works(), dvorak.tracks())).allMatch(h -> h.hits().isEmpty());
        assertThat(search.search("BWV 1007", scratchOnly, ALL_KINDS, 10, 0).works().items()).extracting(WorkItem::title)
                .containsExactly(SUITE);
        assertThat(everything("", scratchOnly, ItemKind.artist, SearchResults::artists, ArtistItem::id)).extracting(ArtistItem::name)
                .containsExactlyInAnyOrder("Ansel Quint", "Johann Sebastian Bach", "Quillon Trio");
        assertThat(everything("", scratchOnly, ItemKind.track, SearchResults::tracks, TrackItem::id)).hasSize(7);

        VisibleLibraries sampleOnly = VisibleLibraries.only(Set.of(ScratchAlbum.folderId(TestFiles.sampleLibrary())));
        SearchResults suite = search.search("bwv 1007 quillon", sampleOnly, ALL_KINDS, 10, 0);
        assertThat(List.of(suite.artists(), suite.albums(), suite.works(), suite.tracks())).allMatch(h -> h.hits().isEmpty());
        assertThat(search.search("", VisibleLibraries.only(Set.of()), ALL_KINDS, 10, 0).tracks().hits()).isEmpty();
    }

    private List<String> artistNames(String query) {
        return search.search(query, VisibleLibraries.ALL, Set.of(ItemKind.artist), 20, 0).artists().items().stream()
                .map(ArtistItem::name).toList();
    }

    private List<String> titles(ItemKind kind, String query) {
        SearchResults results = search.search(query, VisibleLibraries.ALL, Set.of(kind), 50, 0);
        return switch (kind) {
            case album -> results.albums().items().stream().map(AlbumItem::title).toList();
            case work -> results.works().items().stream().map(WorkItem::title).toList();
            case track -> results.tracks().items().stream().map(TrackItem::title).toList();
            case artist -> results.artists().items().stream().map(ArtistItem::name).toList();
        };
    }

    /** Every item of one kind, 7 a page, failing on an item seen twice. */
    private <T> List<T> everything(String query, VisibleLibraries visible, ItemKind kind, Function<SearchResults, SearchHits<T>> ofKind,
            Function<T, UUID> id) {
        Map<UUID, T> seen = new LinkedHashMap<>();
        for (int offset = 0;; offset += 7) {
            SearchHits<T> page = ofKind.apply(search.search(query, visible, Set.of(kind), 7, offset));
            for (T item : page.items()) {
                assertThat(seen.put(id.apply(item), item)).as("seen before: " + id.apply(item)).isNull();
            }
            if (!page.more()) {
                return new ArrayList<>(seen.values());
            }
        }
    }

    private static void writeTrack(Path file, String album, int number, String title, String artist, Map<String, String> more)
            throws IOException {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put("TITLE", List.of(title));
        tags.put("ARTIST", List.of(artist));
        tags.put("ALBUMARTIST", List.of("Ansel Quint"));
        tags.put("ALBUM", List.of(album));
        tags.put("TRACKNUMBER", List.of(String.valueOf(number)));
        tags.put("DATE", List.of("2024"));
        more.forEach((key, value) -> tags.put(key, List.of(value)));
        TinyFlac.write(file, tags, number);
    }
}
