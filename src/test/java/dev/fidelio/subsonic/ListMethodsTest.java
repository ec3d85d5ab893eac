package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.library.Annotations;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.NowPlaying;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Album and song lists, now playing and starred items. What a listener did (stars, ratings, plays) is the fan's: an
 * account of its own, given the same stars, ratings and plays once, so its snapshots do not depend on other tests.
 */
@QuarkusTest
class ListMethodsTest {

    static final String FAN = "snapshot-fan";
    static final String FAN_PASSWORD = "snapshot fan password";

    private static boolean fanPrepared;

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    Annotations annotations;

    @Inject
    LibraryAccess access;

    @Inject
    NowPlaying nowPlaying;

    @BeforeEach
    void indexedWithAFan() {
        SampleLibrary.indexed(scanner, runs);
        synchronized (ListMethodsTest.class) {
            if (!fanPrepared) {
                long fan = Api.createUser(FAN, FAN_PASSWORD, "user");
                access.restrict(fan, Set.of(SnapshotAccount.sampleFolderId()));
                annotations.star(fan, ItemKind.album, uuid(SampleLibrary.albumId("Northern Tapes")), true);
                annotations.star(fan, ItemKind.album, uuid(SampleLibrary.albumId("Hvísl")), true);
                annotations.star(fan, ItemKind.artist, uuid(SampleLibrary.artistId("Mira Solberg")), true);
                annotations.star(fan, ItemKind.track, uuid(SampleLibrary.songId("Lanterns Over Water", "Coda")), true);
                annotations.rate(fan, ItemKind.album, uuid(SampleLibrary.albumId("Small Hours")), 5);
                annotations.rate(fan, ItemKind.album, uuid(SampleLibrary.albumId("Northern Tapes")), 3);
                UUID twice = uuid(SampleLibrary.songId("Small Hours", "Streetcar"));
                annotations.recordPlay(fan, twice, Instant.parse("2024-01-01T10:00:00Z"));
                annotations.recordPlay(fan, twice, Instant.parse("2024-01-02T10:00:00Z"));
                annotations.recordPlay(fan, uuid(SampleLibrary.songId("Jökulsárlón", "Brim")), Instant.parse("2024-02-01T10:00:00Z"));
                fanPrepared = true;
            }
        }
    }

    static SubsonicCall fan() {
        return SubsonicCall.withToken(FAN, FAN_PASSWORD);
    }

    @Test
    void getAlbumList2ByName() {
        Renderings.assertAllOk("getAlbumList2", "getAlbumList2",
                () -> fan().set("type", "alphabeticalByName").set("size", "3").set("offset", "2"));
        assertThat(names(fan().set("type", "alphabeticalByName").set("size", "500"))).hasSize(SampleLibrary.ALBUMS)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void getAlbumList() {
        Renderings.assertAllOk("getAlbumList", "getAlbumList", () -> fan().set("type", "alphabeticalByArtist").set("size", "3"));
    }

    @Test
    void everyTypeOfAlbumList() {
        assertThat(names(fan().set("type", "alphabeticalByArtist").set("size", "4")))
                .containsExactly("Hvísl", "Jökulsárlón", "Dvořák: Symphony No. 9 · Cello Concerto", "Lanterns Over Water");
        assertThat(names(fan().set("type", "starred"))).containsExactly("Hvísl", "Northern Tapes");
        assertThat(names(fan().set("type", "highest"))).as("rated albums only, best first").containsExactly("Small Hours", "Northern Tapes");
        assertThat(names(fan().set("type", "frequent"))).as("played albums only, most played first")
                .containsExactly("Small Hours", "Jökulsárlón");
        assertThat(names(fan().set("type", "recent"))).as("last played first").containsExactly("Jökulsárlón", "Small Hours");
        assertThat(names(fan().set("type", "byYear").set("fromYear", "2018").set("toYear", "2020")))
                .containsExactly("Hvísl", "Lanterns Over Water", "Northern Tapes");
        assertThat(names(fan().set("type", "byYear").set("fromYear", "2020").set("toYear", "2018"))).as("newest first when reversed")
                .containsExactly("Northern Tapes", "Lanterns Over Water", "Hvísl");
        assertThat(names(fan().set("type", "byGenre").set("genre", "Classical"))).hasSize(2);
        assertThat(names(fan().set("type", "byGenre").set("genre", "classical"))).as("whatever the case").hasSize(2);
        assertThat(names(fan().set("type", "byGenre").set("genre", "Polka"))).isEmpty();
        assertThat(names(fan().set("type", "newest").set("size", "500"))).hasSize(SampleLibrary.ALBUMS);
        assertThat(names(fan().set("type", "random").set("size", "500"))).hasSize(SampleLibrary.ALBUMS).doesNotHaveDuplicates();
        assertThat(names(fan().set("type", "random").set("size", "3"))).hasSize(3);
        assertThat(names(fan().set("type", "alphabeticalByName").set("size", "100000"))).as("at most 500, as Subsonic says")
                .hasSize(SampleLibrary.ALBUMS);
        String legacyRandom = Renderings.xml(fan().asLegacyClient().set("type", "random").get("getAlbumList2"));
        SubsonicSchemas.assertValidXml(legacyRandom);
        SubsonicSchemas.assertValidJson("getAlbumList2", fan().set("type", "frequent").json().get("getAlbumList2").asString());
    }

    @Test
    void albumListsPageWithoutGapsOrRepeats() {
        List<String> all = names(fan().set("type", "alphabeticalByArtist").set("size", "500"));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            paged.addAll(names(fan().set("type", "alphabeticalByArtist").set("size", "3").set("offset", Integer.toString(offset))));
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void badAlbumListRequestsAreRefused() {
        assertThat(BrowsingMethodsTest.code(fan(), "getAlbumList2")).isEqualTo(10);
        assertThat(BrowsingMethodsTest.code(fan().set("type", "bestOf"), "getAlbumList2")).isEqualTo(0);
        assertThat(BrowsingMethodsTest.code(fan().set("type", "byYear").set("fromYear", "2000"), "getAlbumList2")).isEqualTo(10);
        assertThat(BrowsingMethodsTest.code(fan().set("type", "byGenre"), "getAlbumList")).isEqualTo(10);
        assertThat(BrowsingMethodsTest.code(fan().set("type", "newest").set("size", "-1"), "getAlbumList2")).isEqualTo(0);
        assertThat(BrowsingMethodsTest.code(fan().set("type", "newest").set("offset", "ten"), "getAlbumList2")).isEqualTo(0);
        assertThat(BrowsingMethodsTest.code(fan().set("type", "byYear").set("fromYear", "1").set("toYear", "99999"), "getAlbumList2"))
                .isEqualTo(0);
    }

    @Test
    void getRandomSongs() {
        JsonNode songs = fan().set("size", "500").getJson("getRandomSongs").path("randomSongs").path("song");
        assertThat(BrowsingMethodsTest.fields(songs, "id")).hasSize(SampleLibrary.TRACKS).doesNotHaveDuplicates();
        JsonNode jazz = fan().set("genre", "Jazz").set("size", "2").getJson("getRandomSongs").path("randomSongs").path("song");
        assertThat(BrowsingMethodsTest.fields(jazz, "genre")).containsExactly("Jazz", "Jazz");
        JsonNode old = fan().set("fromYear", "1990").set("toYear", "2000").getJson("getRandomSongs").path("randomSongs").path("song");
        assertThat(BrowsingMethodsTest.fields(old, "album")).containsOnly("Highlife Sessions");
        assertThat(fan().getJson("getRandomSongs").path("randomSongs").path("song").size()).as("10 unless asked").isEqualTo(10);
        SubsonicSchemas.assertValidJson("getRandomSongs", fan().json().get("getRandomSongs").asString());
        SubsonicSchemas.assertValidXml(Renderings.xml(fan().asLegacyClient().get("getRandomSongs")));
    }

    @Test
    void getSongsByGenre() {
        Renderings.assertAllOk("getSongsByGenre", "getSongsByGenre", () -> fan().set("genre", "Jazz").set("count", "2").set("offset", "1"));
        JsonNode all = fan().set("genre", "Indie Rock").set("count", "500").getJson("getSongsByGenre").path("songsByGenre").path("song");
        assertThat(all.size()).isEqualTo(11);
        assertThat(BrowsingMethodsTest.code(fan(), "getSongsByGenre")).isEqualTo(10);
    }

    @Test
    void getStarred() {
        Renderings.assertAllOk("getStarred", "getStarred", ListMethodsTest::fan);
        Renderings.assertAllOk("getStarred2", "getStarred2", ListMethodsTest::fan);
        JsonNode starred = fan().getJson("getStarred2").path("starred2");
        assertThat(BrowsingMethodsTest.fields(starred.path("album"), "name")).containsExactly("Hvísl", "Northern Tapes");
        assertThat(BrowsingMethodsTest.fields(starred.path("song"), "title")).containsExactly("Coda");
        assertThat(BrowsingMethodsTest.fields(starred.path("artist"), "name")).containsExactly("Mira Solberg");
        assertThat(SnapshotAccount.call().getJson("getStarred2").path("starred2").path("album").size())
                .as("stars are each listener's own").isZero();
    }

    @Test
    void getNowPlayingShowsWhatIsPlayingInTheCallersLibraries() {
        String name = SubsonicCall.uniqueName("now-playing");
        long nobody = Api.createUser(name, "a long enough password", "user");
        access.restrict(nobody, Set.of());
        Renderings.assertAllOk("getNowPlaying", "getNowPlaying", () -> SubsonicCall.withToken(name, "a long enough password"));

        UUID song = uuid(SampleLibrary.songId("Hvísl", "Kría"));
        nowPlaying.started(Api.createUser(SubsonicCall.uniqueName("listening"), "a long enough password", "user"), song, "Test Player");
        JsonNode entries = fan().getJson("getNowPlaying").path("nowPlaying").path("entry");
        JsonNode entry = null;
        for (JsonNode e : entries) {
            if (e.path("id").asText().equals(song.toString()) && e.path("playerName").asText().equals("Test Player")) {
                entry = e;
            }
        }
        assertThat(entry).as(entries.toString()).isNotNull();
        assertThat(entry.path("username").asText()).startsWith("listening-");
        assertThat(entry.path("minutesAgo").asInt()).isZero();
        assertThat(entry.path("title").asText()).isEqualTo("Kría");
        SubsonicSchemas.assertValidJson("getNowPlaying", fan().json().get("getNowPlaying").asString());
        SubsonicSchemas.assertValidXml(Renderings.xml(fan().asLegacyClient().get("getNowPlaying")));
        assertThat(SubsonicCall.withToken(name, "a long enough password").getJson("getNowPlaying").path("nowPlaying").path("entry").size())
                .as("not in their libraries").isZero();
    }

    private static List<String> names(SubsonicCall call) {
        JsonNode response = call.getJson("getAlbumList2");
        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("ok");
        return BrowsingMethodsTest.fields(response.path("albumList2").path("album"), "name");
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
