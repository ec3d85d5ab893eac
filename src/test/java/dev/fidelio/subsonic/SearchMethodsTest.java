package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.bench.BenchCorpus;
import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.Track;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** search2 and search3, and copying a whole library page by page with an empty query. */
@QuarkusTest
class SearchMethodsTest {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @BeforeEach
    void indexed() {
        SampleLibrary.indexed(scanner, runs);
    }

    @Test
    void search3() {
        Renderings.assertAllOk("search3", "search3", () -> SnapshotAccount.call().set("query", "dvorak symphony").set("songCount", "3"));
        JsonNode found = SnapshotAccount.call().set("query", "Dvorak").getJson("search3").path("searchResult3");
        assertThat(BrowsingMethodsTest.fields(found.path("artist"), "name")).as("without its accents").contains("Antonín Dvořák");
        assertThat(found.path("album").size()).isEqualTo(2);
    }

    @Test
    void search2() {
        Renderings.assertAllOk("search2", "search2", () -> SnapshotAccount.call().set("query", "hollow").set("songCount", "2"));
    }

    @Test
    void anEmptyQueryPagesThroughTheWholeLibrary() {
        List<JsonNode> songs = SampleLibrary.allSongs(SnapshotAccount.call(), 7);
        Set<String> ids = new HashSet<>(BrowsingMethodsTest.fields(toArray(songs), "id"));
        assertThat(songs).hasSize(SampleLibrary.TRACKS);
        assertThat(ids).hasSize(SampleLibrary.TRACKS);
        JsonNode random = SnapshotAccount.call().set("size", "500").getJson("getRandomSongs").path("randomSongs").path("song");
        assertThat(ids).isEqualTo(new HashSet<>(BrowsingMethodsTest.fields(random, "id")));

        JsonNode everything = SnapshotAccount.call().set("query", "\"\"").set("artistCount", "500").set("albumCount", "500")
                .set("songCount", "500").getJson("search3").path("searchResult3");
        assertThat(everything.path("song").size()).as("a query of two quotes, as some apps send").isEqualTo(SampleLibrary.TRACKS);
        assertThat(everything.path("album").size()).isEqualTo(SampleLibrary.ALBUMS);
        Set<String> artists = new HashSet<>();
        SnapshotAccount.call().getJson("getArtists").path("artists").path("index")
                .forEach(index -> artists.addAll(BrowsingMethodsTest.fields(index.path("artist"), "id")));
        assertThat(new HashSet<>(BrowsingMethodsTest.fields(everything.path("artist"), "id"))).isEqualTo(artists);

        JsonNode withoutQuery = SnapshotAccount.call().set("songCount", "500").getJson("search2").path("searchResult2");
        assertThat(withoutQuery.path("song").size()).as("no query at all is an empty one").isEqualTo(SampleLibrary.TRACKS);
        JsonNode page = SnapshotAccount.call().set("query", "").set("albumCount", "4").set("albumOffset", "8").set("songCount", "0")
                .set("artistCount", "0").getJson("search3").path("searchResult3");
        assertThat(page.path("album").size()).isEqualTo(2);
        assertThat(page.path("song").size()).isZero();
    }

    /** More songs a page than one search returns, in a library of their own (musicFolderId). */
    @Test
    void largePagesOfALargeLibrary() throws IOException {
        Path root = Files.createTempDirectory("fidelio-search-library");
        Path music = BenchCorpus.write(root.resolve("music"), 1050);
        ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, music);
        long folder = QuarkusTransaction.requiringNew().call(() -> MusicFolder.<MusicFolder>find("path", music.toString()).firstResult().id);
        try {
            SubsonicCall admin = SubsonicCall.asAdmin().set("musicFolderId", Long.toString(folder));
            JsonNode songs = admin.set("query", "").set("songCount", "1100").set("albumCount", "0").set("artistCount", "0")
                    .getJson("search3").path("searchResult3").path("song");
            assertThat(songs.size()).isEqualTo(1050);
            assertThat(new HashSet<>(BrowsingMethodsTest.fields(songs, "id"))).hasSize(1050);
            JsonNode tail = admin.set("songOffset", "1000").getJson("search3").path("searchResult3").path("song");
            assertThat(BrowsingMethodsTest.fields(tail, "id")).isEqualTo(BrowsingMethodsTest.fields(songs, "id").subList(1000, 1050));
            assertThat(BrowsingMethodsTest.code(admin.set("songCount", "10001"), "search3")).isEqualTo(0);
        } finally {
            List<UUID> tracks = QuarkusTransaction.requiringNew()
                    .call(() -> Track.<Track>list("folder.id", folder).stream().map(t -> t.id).toList());
            ScratchAlbum.forget(store, tracks, root);
        }
    }

    @Test
    void badSearchesAreRefusedWithAReason() {
        JsonNode tooLong = SnapshotAccount.call().set("query", "x".repeat(300)).getJson("search3");
        assertThat(tooLong.path("error").path("code").asInt()).isEqualTo(0);
        assertThat(tooLong.path("error").path("message").asText()).contains("200");
        assertThat(BrowsingMethodsTest.code(SnapshotAccount.call().set("query", "a").set("songCount", "-1"), "search3")).isEqualTo(0);
        assertThat(BrowsingMethodsTest.code(SnapshotAccount.call().set("query", "a").set("songOffset", "-5"), "search2")).isEqualTo(0);
    }

    private static JsonNode toArray(List<JsonNode> items) {
        var array = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
        items.forEach(array::add);
        return array;
    }
}
