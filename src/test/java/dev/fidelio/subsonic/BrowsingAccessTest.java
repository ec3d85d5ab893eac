package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** An account limited to some libraries finds nothing outside them, by any method, and musicFolderId cannot widen that. */
@QuarkusTest
class BrowsingAccessTest {

    private static final String PASSWORD = "a long enough password";

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryAccess access;

    @Test
    void anAccountWithoutTheSampleLibrarySeesNoneOfIt() {
        SampleLibrary.indexed(scanner, runs);
        String name = SubsonicCall.uniqueName("no-library");
        access.restrict(Api.createUser(name, PASSWORD, "user"), Set.of());
        SubsonicCall outsider = SubsonicCall.withToken(name, PASSWORD);
        String album = SampleLibrary.albumId("Northern Tapes");
        String artist = SampleLibrary.artistId("Mira Solberg");
        String song = SampleLibrary.songId("Northern Tapes", "Aurora");
        String folder = SnapshotAccount.call().getJson("getIndexes").path("indexes").path("index").get(0).path("artist").get(0)
                .path("id").asText();

        assertThat(outsider.getJson("getArtists").path("artists").path("index").size()).isZero();
        assertThat(outsider.getJson("getIndexes").path("indexes").path("index").size()).isZero();
        assertThat(outsider.getJson("getGenres").path("genres").path("genre").size()).isZero();
        assertThat(outsider.set("type", "newest").getJson("getAlbumList2").path("albumList2").path("album").size()).isZero();
        assertThat(outsider.set("size", "50").getJson("getRandomSongs").path("randomSongs").path("song").size()).isZero();
        assertThat(SampleLibrary.allSongs(SubsonicCall.withToken(name, PASSWORD), 50)).isEmpty();
        for (String[] call : List.of(new String[] {"getAlbum", album}, new String[] {"getArtist", artist}, new String[] {"getSong", song},
                new String[] {"getMusicDirectory", folder}, new String[] {"getMusicDirectory", album}, new String[] {"getArtistInfo2", artist},
                new String[] {"getAlbumInfo", song}, new String[] {"getSimilarSongs", song}, new String[] {"getTopSongs", artist})) {
            assertThat(BrowsingMethodsTest.code(SubsonicCall.withToken(name, PASSWORD).set("id", call[1]), call[0])).as(call[0])
                    .isEqualTo(70);
        }
        assertThat(SubsonicCall.withToken(name, PASSWORD).set("artist", "Mira Solberg").getJson("getTopSongs").path("topSongs")
                .path("song").size()).isZero();
    }

    @Test
    void musicFolderIdNarrowsButNeverWidens() {
        SampleLibrary.indexed(scanner, runs);
        long sample = SnapshotAccount.sampleFolderId();
        JsonNode narrowed = SubsonicCall.asAdmin().set("musicFolderId", Long.toString(sample)).set("type", "alphabeticalByName")
                .set("size", "500").getJson("getAlbumList2");
        assertThat(narrowed.path("albumList2").path("album").size()).isEqualTo(SampleLibrary.ALBUMS);
        JsonNode unnamed = SnapshotAccount.call().set("musicFolderId", "").set("type", "newest").set("size", "500").getJson("getAlbumList2");
        assertThat(unnamed.path("albumList2").path("album").size()).as("an empty musicFolderId names none").isEqualTo(SampleLibrary.ALBUMS);

        String name = SubsonicCall.uniqueName("no-library");
        access.restrict(Api.createUser(name, PASSWORD, "user"), Set.of());
        for (String method : List.of("getArtists", "getIndexes", "getStarred2", "search3", "getRandomSongs")) {
            assertThat(BrowsingMethodsTest.code(SubsonicCall.withToken(name, PASSWORD).set("musicFolderId", Long.toString(sample)), method))
                    .as(method).isEqualTo(70);
            assertThat(BrowsingMethodsTest.code(SubsonicCall.asAdmin().set("musicFolderId", "987654"), method)).as(method).isEqualTo(70);
            assertThat(BrowsingMethodsTest.code(SubsonicCall.asAdmin().set("musicFolderId", "first"), method)).as(method).isEqualTo(0);
        }
    }
}
