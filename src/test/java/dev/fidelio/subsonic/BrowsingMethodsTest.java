package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
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
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Browsing by tags and by folders, in every rendering, as the snapshot account sees the sample library. */
@QuarkusTest
class BrowsingMethodsTest {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    Annotations annotations;

    @BeforeEach
    void indexed() {
        SampleLibrary.indexed(scanner, runs);
    }

    @Test
    void getArtists() {
        Renderings.assertAllOk("getArtists", "getArtists", SnapshotAccount::call);
    }

    @Test
    void getArtistsListsEveryoneWithAnAlbumInAnyPartUnderTheLetterTheySortBy() {
        JsonNode indexes = SnapshotAccount.call().getJson("getArtists").path("artists").path("index");
        List<String> letters = new ArrayList<>();
        indexes.forEach(index -> letters.add(index.path("name").asText()));
        assertThat(letters).startsWith("B", "D").isSorted().doesNotHaveDuplicates();
        assertThat(indexOf(indexes, "夜明けトリオ")).as("sorted by its sort name, Yoake Trio").isEqualTo("Y");
        JsonNode pines = artistNamed(indexes, "The Hollow Pines");
        assertThat(indexOf(indexes, "The Hollow Pines")).as("sorted by 'Hollow Pines, The'").isEqualTo("H");
        assertThat(pines.path("albumCount").asInt()).as("two albums of their own and the sampler").isEqualTo(3);
        JsonNode dvorak = artistNamed(indexes, "Antonín Dvořák");
        assertThat(dvorak.path("albumCount").asInt()).as("a composer's recordings are their albums").isEqualTo(2);
        assertThat(dvorak.path("roles").toString()).contains("composer");
        assertThat(artistNamed(indexes, "Paper Moths").path("albumCount").asInt()).as("only on the sampler").isEqualTo(1);
    }

    @Test
    void getArtist() {
        String id = SampleLibrary.artistId("Antonín Dvořák");
        Renderings.assertAllOk("getArtist", "getArtist", () -> SnapshotAccount.call().set("id", id));
    }

    @Test
    void getAlbum() {
        String id = SampleLibrary.albumId("Northern Tapes");
        Renderings.assertAllOk("getAlbum", "getAlbum", () -> SnapshotAccount.call().set("id", id));
        JsonNode album = SnapshotAccount.call().set("id", id).getJson("getAlbum").path("album");
        List<String> order = new ArrayList<>();
        album.path("song").forEach(song -> order.add(song.path("discNumber").asInt() + "." + song.path("track").asInt()));
        assertThat(order).containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4");
        assertThat(album.path("songCount").asInt()).isEqualTo(8);
        assertThat(album.path("discTitles").findValuesAsText("title")).containsExactly("Day", "Night");
    }

    @Test
    void getAlbumOfAClassicalRecording() {
        String id = SampleLibrary.albumId("Dvořák: Symphony No. 9 · Cello Concerto");
        Renderings.assertAllOk("getAlbum-classical", "getAlbum", () -> SnapshotAccount.call().set("id", id));
    }

    @Test
    void getSong() {
        String id = SampleLibrary.songId("Lanterns Over Water", "Harbour Lights");
        Renderings.assertAllOk("getSong", "getSong", () -> SnapshotAccount.call().set("id", id));
    }

    @Test
    void songsCarryTheHiResAndClassicalFieldsOnlyForOpenSubsonicClients() {
        String id = SampleLibrary.songId("Dvořák: Symphony No. 9 · Cello Concerto", "Cello Concerto in B minor, Op. 104: I. Allegro");
        JsonNode song = SnapshotAccount.call().set("id", id).getJson("getSong").path("song");
        assertThat(song.path("bitDepth").asInt()).isEqualTo(24);
        assertThat(song.path("samplingRate").asInt()).isEqualTo(96000);
        assertThat(song.path("channelCount").asInt()).isEqualTo(2);
        assertThat(song.path("displayComposer").asText()).isEqualTo("Antonín Dvořák");
        assertThat(song.path("works").get(0).path("name").asText()).isEqualTo("Cello Concerto in B minor, Op. 104");
        assertThat(song.path("movements").get(0).path("number").asInt()).isEqualTo(1);
        assertThat(song.path("movements").get(0).path("count").asInt()).isEqualTo(3);
        assertThat(song.path("contributors").toString()).contains("\"role\":\"performer\",\"subRole\":\"cello\"");
        assertThat(song.path("replayGain").isObject()).as("always there, empty when untagged").isTrue();

        JsonNode legacy = SnapshotAccount.call().asLegacyClient().set("id", id).getJson("getSong").path("song");
        for (String field : List.of("bitDepth", "samplingRate", "contributors", "works", "movements", "replayGain", "mediaType")) {
            assertThat(legacy.has(field)).as(field).isFalse();
        }
        assertThat(legacy.path("title").asText()).isEqualTo(song.path("title").asText());
    }

    @Test
    void getGenres() {
        Renderings.assertAllOk("getGenres", "getGenres", SnapshotAccount::call);
    }

    @Test
    void getIndexes() {
        Renderings.assertAllOk("getIndexes", "getIndexes", SnapshotAccount::call);
    }

    @Test
    void getIndexesIsEmptyWhenNothingChangedSinceTheClientLastAsked() {
        JsonNode indexes = SnapshotAccount.call().getJson("getIndexes").path("indexes");
        long lastModified = indexes.path("lastModified").asLong();
        assertThat(lastModified).isPositive();
        assertThat(indexes.path("index").size()).isPositive();
        JsonNode unchanged = SnapshotAccount.call().set("ifModifiedSince", Long.toString(lastModified)).getJson("getIndexes").path("indexes");
        assertThat(unchanged.path("lastModified").asLong()).isEqualTo(lastModified);
        assertThat(unchanged.path("index").size()).isZero();
        JsonNode earlier = SnapshotAccount.call().set("ifModifiedSince", Long.toString(lastModified - 1)).getJson("getIndexes").path("indexes");
        assertThat(earlier.path("index").size()).isPositive();
    }

    @Test
    void getMusicDirectory() {
        JsonNode first = SnapshotAccount.call().getJson("getIndexes").path("indexes").path("index").get(0).path("artist").get(0);
        Renderings.assertAllOk("getMusicDirectory", "getMusicDirectory",
                () -> SnapshotAccount.call().set("id", first.path("id").asText()));
        String album = firstChild(SnapshotAccount.call().set("id", first.path("id").asText()).getJson("getMusicDirectory"));
        Renderings.assertAllOk("getMusicDirectory-album-folder", "getMusicDirectory", "getMusicDirectory",
                () -> SnapshotAccount.call().set("id", album));
    }

    @Test
    void theFolderViewReachesEverySong() {
        Set<String> songs = new HashSet<>();
        Deque<String> folders = new ArrayDeque<>();
        JsonNode indexes = SnapshotAccount.call().getJson("getIndexes").path("indexes");
        indexes.path("index").forEach(index -> index.path("artist").forEach(folder -> folders.add(folder.path("id").asText())));
        indexes.path("child").forEach(song -> songs.add(song.path("id").asText()));
        while (!folders.isEmpty()) {
            String id = folders.pop();
            JsonNode directory = SnapshotAccount.call().set("id", id).getJson("getMusicDirectory").path("directory");
            assertThat(directory.path("id").asText()).isEqualTo(id);
            for (JsonNode child : directory.path("child")) {
                assertThat(child.path("parent").asText()).isEqualTo(id);
                (child.path("isDir").asBoolean() ? folders : songs).add(child.path("id").asText());
            }
        }
        assertThat(songs).hasSize(SampleLibrary.TRACKS);
    }

    @Test
    void theFolderViewsListsOpenArtistsAndAlbumsByTheirIds() {
        String artist = SampleLibrary.artistId("Mira Solberg");
        JsonNode albums = SnapshotAccount.call().set("id", artist).getJson("getMusicDirectory").path("directory");
        assertThat(albums.path("name").asText()).isEqualTo("Mira Solberg");
        assertThat(fields(albums.path("child"), "title")).contains("Northern Tapes");
        assertThat(fields(albums.path("child"), "isDir")).containsOnly("true");
        String album = SampleLibrary.albumId("Northern Tapes");
        JsonNode songs = SnapshotAccount.call().set("id", album).getJson("getMusicDirectory").path("directory");
        assertThat(songs.path("parent").asText()).isEqualTo(artist);
        assertThat(songs.path("child").size()).isEqualTo(8);
    }

    @Test
    void getArtistInfo() {
        String id = SampleLibrary.artistId("Mira Solberg");
        Renderings.assertAllOk("getArtistInfo", "getArtistInfo", () -> SnapshotAccount.call().set("id", id));
        Renderings.assertAllOk("getArtistInfo2", "getArtistInfo2", () -> SnapshotAccount.call().set("id", id));
        JsonNode similar = SnapshotAccount.call().set("id", id).getJson("getArtistInfo2").path("artistInfo2").path("similarArtist");
        assertThat(similar.findValuesAsText("name")).contains("The Hollow Pines").doesNotContain("Mira Solberg");
        String song = SampleLibrary.songId("Northern Tapes", "Aurora");
        JsonNode bySong = SnapshotAccount.call().set("id", song).set("count", "1").getJson("getArtistInfo2").path("artistInfo2");
        assertThat(bySong.path("similarArtist").size()).as("an album or song stands for its artist").isEqualTo(1);
    }

    @Test
    void getAlbumInfo() {
        String id = SampleLibrary.albumId("Dvořák: Symphony No. 9 · Smetana: Vltava");
        Renderings.assertAllOk("getAlbumInfo", "getAlbumInfo", () -> SnapshotAccount.call().set("id", id));
        Renderings.assertAllOk("getAlbumInfo2", "getAlbumInfo2", () -> SnapshotAccount.call().set("id", id));
        String song = SampleLibrary.songId("Dvořák: Symphony No. 9 · Smetana: Vltava", "Má vlast: II. Vltava");
        assertThat(SnapshotAccount.call().set("id", song).getJson("getAlbumInfo2").path("albumInfo").path("musicBrainzId").asText())
                .isEqualTo(SnapshotAccount.call().set("id", id).getJson("getAlbumInfo").path("albumInfo").path("musicBrainzId").asText())
                .isNotEmpty();
    }

    @Test
    void getTopSongsRanksAnArtistsSongsByEveryonesPlays() {
        String id = SampleLibrary.artistId("Kofi Mensah & The Accra Strings");
        String favourite = SampleLibrary.songId("Highlife Sessions", "Harmattan");
        long someone = Api.createUser(SubsonicCall.uniqueName("top-songs"), "a long enough password", "user");
        // Other tests may play this artist's songs now and then; this one is played far more.
        for (int i = 0; i < 25; i++) {
            annotations.recordPlay(someone, UUID.fromString(favourite), java.time.Instant.now());
        }
        Renderings.assertAllOk("getTopSongs", "getTopSongs", () -> SnapshotAccount.call().set("id", id).set("count", "2"));
        JsonNode byName = SnapshotAccount.call().set("artist", "kofi mensah & the accra strings").getJson("getTopSongs").path("topSongs");
        assertThat(byName.path("song").get(0).path("id").asText()).isEqualTo(favourite);
        assertThat(byName.path("song").size()).as("the album and the sampler").isEqualTo(6);
        assertThat(SnapshotAccount.call().set("artist", "Nobody Of That Name").getJson("getTopSongs").path("topSongs").path("song").size())
                .isZero();
        JsonNode extensions = SubsonicCall.anonymous().getJson("getOpenSubsonicExtensions").path("openSubsonicExtensions");
        assertThat(extensions.findValuesAsText("name")).contains("topSongsByArtistId");
    }

    @Test
    void getSimilarSongsIsARadioOfTheLibrary() {
        String seed = SampleLibrary.songId("Lanterns Over Water", "Harbour Lights");
        JsonNode similar = ok(SnapshotAccount.call().set("id", seed).set("count", "10").getJson("getSimilarSongs")).path("similarSongs");
        SubsonicSchemas.assertValidJson("getSimilarSongs", SnapshotAccount.call().set("id", seed).json().get("getSimilarSongs").asString());
        SubsonicSchemas.assertValidXml(Renderings.xml(SnapshotAccount.call().asLegacyClient().set("id", seed).get("getSimilarSongs")));
        assertThat(similar.path("song").size()).isBetween(1, 10);
        assertThat(fields(similar.path("song"), "id")).doesNotContain(seed).doesNotHaveDuplicates();
        assertThat(fields(similar.path("song"), "artist")).contains("The Hollow Pines");

        String artist = SampleLibrary.artistId("Björk Sigurdóttir");
        JsonNode radio = ok(SnapshotAccount.call().set("id", artist).getJson("getSimilarSongs2")).path("similarSongs2");
        SubsonicSchemas.assertValidJson("getSimilarSongs2", SnapshotAccount.call().set("id", artist).json().get("getSimilarSongs2").asString());
        assertThat(fields(radio.path("song"), "artist")).contains("Björk Sigurdóttir");
        String album = SampleLibrary.albumId("Hvísl");
        assertThat(SnapshotAccount.call().set("id", album).getJson("getSimilarSongs2").path("error").path("code").asInt())
                .as("getSimilarSongs2 takes artists only").isEqualTo(70);
        assertThat(SnapshotAccount.call().set("id", album).getJson("getSimilarSongs").path("status").asText()).isEqualTo("ok");
    }

    @Test
    void idsThatNameNothingAreNotFound() {
        for (String method : List.of("getArtist", "getAlbum", "getSong", "getMusicDirectory", "getArtistInfo", "getAlbumInfo2",
                "getSimilarSongs", "getTopSongs")) {
            assertThat(code(SnapshotAccount.call().set("id", UUID.randomUUID().toString()), method)).as(method).isEqualTo(70);
            assertThat(code(SnapshotAccount.call().set("id", "not-an-id"), method)).as(method).isEqualTo(70);
        }
        for (String method : List.of("getArtist", "getAlbum", "getSong", "getMusicDirectory", "getArtistInfo2", "getAlbumInfo")) {
            assertThat(code(SnapshotAccount.call(), method)).as(method).isEqualTo(10);
        }
        String song = SampleLibrary.songId("Lanterns Over Water", "Harbour Lights");
        assertThat(code(SnapshotAccount.call().set("id", song), "getAlbum")).as("a song is no album").isEqualTo(70);
        assertThat(code(SnapshotAccount.call().set("id", song), "getArtist")).isEqualTo(70);
        assertThat(code(SnapshotAccount.call().set("id", song), "getMusicDirectory")).isEqualTo(70);
    }

    /** One field of each item of a list, not of what the items hold. */
    static List<String> fields(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    static JsonNode ok(JsonNode response) {
        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("ok");
        return response;
    }

    static int code(SubsonicCall call, String method) {
        return call.getJson(method).path("error").path("code").asInt();
    }

    private static String firstChild(JsonNode response) {
        return response.path("directory").path("child").get(0).path("id").asText();
    }

    private static JsonNode artistNamed(JsonNode indexes, String name) {
        for (JsonNode index : indexes) {
            for (JsonNode artist : index.path("artist")) {
                if (artist.path("name").asText().equals(name)) {
                    return artist;
                }
            }
        }
        throw new AssertionError("No artist " + name);
    }

    private static String indexOf(JsonNode indexes, String name) {
        for (JsonNode index : indexes) {
            if (index.path("artist").findValuesAsText("name").contains(name)) {
                return index.path("name").asText();
            }
        }
        throw new AssertionError("No artist " + name);
    }
}
