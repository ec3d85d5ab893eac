package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Api;
import dev.fidelio.testsupport.TinyFlac;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The search query on the sample library and a second library holding what the sample lacks: a work with a BWV
 * number. Through HTTP, as the web player asks.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest extends GraphQLTestSupport {

    private static final String SUITE = "Cello Suite No. 1 in G major, BWV 1007";
    private static final String NEW_WORLD = "Symphony No. 9 in E minor, Op. 95 \"From the New World\"";
    private static final String SEARCH = """
            query($q: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
              search(query: $q, kinds: $kinds, first: $first, after: $after) {
                artists { nodes { id name } edges { score } }
                albums { nodes { title artists { name } coverArt { size } } }
                works { nodes { title composer { name } } }
                tracks { nodes { title album { title } } edges { cursor score } pageInfo { hasNextPage hasPreviousPage endCursor } } } }""";

    @Inject
    LibraryStore store;

    @Inject
    LibraryAccess access;

    private Path scratch;

    @BeforeAll
    void aLibraryWithACelloSuite() throws IOException {
        scratch = Files.createTempDirectory("fidelio-graphql-search");
        Path album = Files.createDirectories(scratch.resolve("Ansel Quint/Cello Suites"));
        for (int i = 1; i <= 2; i++) {
            String movement = i == 1 ? "Prélude" : "Allemande";
            TinyFlac.write(album.resolve("0" + i + ".flac"), Map.of("TITLE", List.of(SUITE + ": " + "I".repeat(i) + ". " + movement),
                    "ARTIST", List.of("Ansel Quint"), "ALBUM", List.of("Cello Suites"), "TRACKNUMBER", List.of(String.valueOf(i)),
                    "COMPOSER", List.of("Johann Sebastian Bach"), "WORK", List.of(SUITE), "MOVEMENTNAME", List.of(movement)), 7000 + i);
        }
        assertThat(ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, scratch).added).isEqualTo(2);
    }

    @AfterAll
    void forgetIt() {
        ScratchAlbum.forget(store, scratchTracks(), scratch);
    }

    @Test
    void diacriticsDoNotCount() {
        assertThat(names(admin.data(SEARCH, "q", "Dvorak", "kinds", List.of("ARTIST")))).first().isEqualTo("Antonín Dvořák");
        assertThat(admin.data(SEARCH, "q", "jokulsarlon", "kinds", List.of("ALBUM")).getList("search.albums.nodes.title"))
                .containsExactly("Jökulsárlón");
        assertThat(admin.data(SEARCH, "q", "thogn", "kinds", List.of("TRACK")).getList("search.tracks.nodes.title")).containsExactly("Þögn");
    }

    @Test
    void aMisspeltWordStillFinds() {
        assertThat(names(admin.data(SEARCH, "q", "Dvorack", "kinds", List.of("ARTIST")))).first().isEqualTo("Antonín Dvořák");
        assertThat(names(admin.data(SEARCH, "q", "Smetna", "kinds", List.of("ARTIST")))).first().isEqualTo("Bedřich Smetana");
    }

    @Test
    void worksAreFoundByTitleAndCatalogueNumber() {
        JsonPath newWorld = admin.data(SEARCH, "q", "new world", "kinds", List.of("WORK"));
        assertThat(newWorld.getList("search.works.nodes.title")).containsExactly(NEW_WORLD);
        assertThat(newWorld.getString("search.works.nodes[0].composer.name")).isEqualTo("Antonín Dvořák");
        for (String query : List.of("Op. 95", "op95")) {
            assertThat(admin.data(SEARCH, "q", query, "kinds", List.of("WORK")).getList("search.works.nodes.title")).as(query).first()
                    .isEqualTo(NEW_WORLD);
        }
        JsonPath suite = admin.data(SEARCH, "q", "BWV 1007");
        assertThat(suite.getList("search.works.nodes.title")).containsExactly(SUITE);
        assertThat(suite.getString("search.works.nodes[0].composer.name")).isEqualTo("Johann Sebastian Bach");
        assertThat(suite.getList("search.tracks.nodes.title")).containsExactly(SUITE + ": I. Prélude", SUITE + ": II. Allemande");
        assertThat(suite.getList("search.tracks.nodes.album.title")).containsOnly("Cello Suites");
    }

    @Test
    void resultsAreRankedAndPagedKindByKind() {
        JsonPath vltava = admin.data(SEARCH, "q", "Vltava", "kinds", List.of("TRACK", "ALBUM"));
        assertThat(vltava.getList("search.tracks.nodes.title")).hasSize(5).first().isEqualTo("Má vlast: II. Vltava");
        assertThat(vltava.getList("search.tracks.edges.score", Double.class)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(vltava.getList("search.albums.nodes.title")).containsExactly("Dvořák: Symphony No. 9 · Smetana: Vltava");
        assertThat(vltava.getList("search.albums.nodes[0].artists.name")).isNotEmpty();
        assertThat(vltava.getList("search.artists.nodes")).as("not asked for").isEmpty();
        assertThat(vltava.getList("search.works.nodes")).isEmpty();

        List<String> all = vltava.getList("search.tracks.nodes.title");
        JsonPath first = admin.data(SEARCH, "q", "Vltava", "kinds", List.of("TRACK"), "first", 2);
        assertThat(first.getList("search.tracks.nodes.title")).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(first.getBoolean("search.tracks.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getBoolean("search.tracks.pageInfo.hasPreviousPage")).isFalse();
        JsonPath rest = admin.data(SEARCH, "q", "Vltava", "kinds", List.of("TRACK"), "first", 10, "after",
                first.getString("search.tracks.pageInfo.endCursor"));
        assertThat(rest.getList("search.tracks.nodes.title")).containsExactlyElementsOf(all.subList(2, 5));
        assertThat(rest.getBoolean("search.tracks.pageInfo.hasNextPage")).isFalse();
        assertThat(rest.getBoolean("search.tracks.pageInfo.hasPreviousPage")).isTrue();
    }

    @Test
    void aUserFindsNothingFromALibraryClosedToThem() {
        String name = "searcher-" + UUID.randomUUID();
        long userId = Api.createUser(name, "a long enough password", "user");
        access.restrict(userId, Set.of(folderId(scratch)));
        GraphQL user = GraphQL.as(Api.token(name, "a long enough password"));

        JsonPath dvorak = user.data(SEARCH, "q", "Dvořák");
        for (String kind : List.of("artists", "albums", "works", "tracks")) {
            assertThat(dvorak.getList("search." + kind + ".nodes")).as(kind).isEmpty();
        }
        assertThat(user.data(SEARCH, "q", "BWV 1007").getList("search.works.nodes.title")).containsExactly(SUITE);
        assertThat(user.data(SEARCH, "q", "").getList("search.tracks.nodes")).as("an empty query lists what they may see").hasSize(2);

        access.restrict(userId, Set.of(Long.parseLong(sampleLibrary)));
        JsonPath suite = user.data(SEARCH, "q", "BWV 1007 Quint");
        for (String kind : List.of("artists", "albums", "works", "tracks")) {
            assertThat(suite.getList("search." + kind + ".nodes")).as(kind).isEmpty();
        }
    }

    @Test
    void badSearchesAreRefusedWithAReason() {
        assertThat(admin.errors(SEARCH, "q", "x".repeat(201)))
                .containsExactly("A search is at most 200 characters long; this one has 201.");
        assertThat(admin.errors(SEARCH, "q", "dvorak", "first", 5000)).singleElement().asString().contains("0 to 1000");
        assertThat(admin.errors(SEARCH, "q", "dvorak", "after", "bm90IGEgY3Vyc29y"))
                .containsExactly("'bm90IGEgY3Vyc29y' is not a cursor of a search");
        assertThat(admin.errors(SEARCH, "q", "dvorak", "kinds", List.of("PLAYLIST")).get(0)).contains("PLAYLIST");
    }

    private static List<String> names(JsonPath data) {
        return data.getList("search.artists.nodes.name");
    }

    @Transactional
    long folderId(Path path) {
        return MusicFolder.<MusicFolder>find("path", path.toString()).singleResult().id;
    }

    @Transactional
    List<UUID> scratchTracks() {
        return Track.<Track>list("folder.path", scratch.toString()).stream().map(t -> t.id).toList();
    }
}
