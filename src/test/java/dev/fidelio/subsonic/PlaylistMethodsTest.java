package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.library.Playlist;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** getPlaylists, getPlaylist, createPlaylist (and its update form), updatePlaylist, deletePlaylist. */
@QuarkusTest
class PlaylistMethodsTest {

    private static final String PASSWORD = "playlist password";

    @Inject
    SampleTracks samples;

    @Test
    void everyMethodAnswersInEveryRendering() {
        List<Track> tracks = samples.all();
        String first = tracks.get(0).id.toString();
        String second = tracks.get(1).id.toString();
        Renderings.assertAll("createPlaylist", "createPlaylist", () -> SnapshotAccount.call().set("name", "Morning")
                .add("songId", first).add("songId", second).add("songId", first));
        String id = SnapshotAccount.call().set("name", "Evening").add("songId", second).getJson("createPlaylist")
                .path("playlist").path("id").asText();
        Renderings.assertAll("getPlaylist", "getPlaylist", () -> SnapshotAccount.call().set("id", id));
        Renderings.assertAll("updatePlaylist", "updatePlaylist", () -> SnapshotAccount.call().set("playlistId", id)
                .set("comment", "for the evening"));
        withoutOthersPublicPlaylists(() -> Renderings.assertAll("getPlaylists", "getPlaylists", SnapshotAccount::call));
        Renderings.assertAll("deletePlaylist", "deletePlaylist", () -> SnapshotAccount.call().set("id", SnapshotAccount.call()
                .set("name", "Doomed").getJson("createPlaylist").path("playlist").path("id").asText()));
    }

    @Test
    void aPlaylistIsMadeChangedAndDeletedThroughSubsonic() {
        String name = SubsonicCall.uniqueName("lists");
        Api.createUser(name, PASSWORD, "user");
        List<Track> tracks = samples.all();
        JsonNode created = SubsonicCall.withToken(name, PASSWORD).set("name", "Road").add("songId", tracks.get(0).id.toString())
                .add("songId", tracks.get(1).id.toString()).add("songId", tracks.get(2).id.toString()).getJson("createPlaylist");
        String id = created.path("playlist").path("id").asText();
        assertThat(ids(created.path("playlist"))).containsExactly(tracks.get(0).id.toString(), tracks.get(1).id.toString(),
                tracks.get(2).id.toString());

        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).set("playlistId", id).set("name", "Long Road")
                .set("public", "true").add("songIndexToRemove", "0").add("songIndexToRemove", "2")
                .add("songIdToAdd", tracks.get(3).id.toString()).getJson("updatePlaylist"));
        JsonNode changed = SubsonicCall.withToken(name, PASSWORD).set("id", id).getJson("getPlaylist").path("playlist");
        assertThat(changed.path("name").asText()).isEqualTo("Long Road");
        assertThat(changed.path("public").asBoolean()).isTrue();
        assertThat(changed.path("songCount").asInt()).isEqualTo(2);
        assertThat(ids(changed)).containsExactly(tracks.get(1).id.toString(), tracks.get(3).id.toString());

        JsonNode replaced = SubsonicCall.withToken(name, PASSWORD).set("playlistId", id).add("songId", tracks.get(4).id.toString())
                .getJson("createPlaylist").path("playlist");
        assertThat(ids(replaced)).containsExactly(tracks.get(4).id.toString());
        assertThat(replaced.path("name").asText()).isEqualTo("Long Road");

        String other = SubsonicCall.uniqueName("reader");
        Api.createUser(other, PASSWORD, "user");
        JsonNode seen = SubsonicCall.withToken(other, PASSWORD).set("id", id).getJson("getPlaylist").path("playlist");
        assertThat(seen.path("readonly").asBoolean()).as("someone else's public playlist").isTrue();
        JsonNode refused = SubsonicCall.withToken(other, PASSWORD).set("playlistId", id).set("name", "Mine").getJson("updatePlaylist");
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(50);
        assertThat(SubsonicCall.withToken(other, PASSWORD).set("id", id).getJson("deletePlaylist").path("error").path("code").asInt())
                .isEqualTo(50);

        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).set("id", id).getJson("deletePlaylist"));
        assertThat(SubsonicCall.withToken(name, PASSWORD).set("id", id).getJson("getPlaylist").path("error").path("code").asInt())
                .isEqualTo(70);
    }

    @Test
    void badRequestsAreRefusedClearly() {
        String name = SubsonicCall.uniqueName("lists");
        Api.createUser(name, PASSWORD, "user");
        assertThat(SubsonicCall.withToken(name, PASSWORD).getJson("createPlaylist").path("error").path("code").asInt()).isEqualTo(10);
        JsonNode tooLong = SubsonicCall.withToken(name, PASSWORD).set("name", "x".repeat(600)).getJson("createPlaylist");
        assertThat(tooLong.path("error").path("message").asText()).contains("1 to 500 characters");
        JsonNode unknownSong = SubsonicCall.withToken(name, PASSWORD).set("name", "x").set("songId", "not-a-song").getJson("createPlaylist");
        assertThat(unknownSong.path("error").path("code").asInt()).isEqualTo(70);
        String id = SubsonicCall.withToken(name, PASSWORD).set("name", "Empty").getJson("createPlaylist").path("playlist").path("id").asText();
        JsonNode outOfRange = SubsonicCall.withToken(name, PASSWORD).set("playlistId", id).set("songIndexToRemove", "3")
                .getJson("updatePlaylist");
        assertThat(outOfRange.path("error").path("message").asText()).contains("no position 3");
        JsonNode othersList = SubsonicCall.withToken(name, PASSWORD).set("username", Api.ADMIN).getJson("getPlaylists");
        assertThat(othersList.path("error").path("code").asInt()).isEqualTo(50);
        JsonNode asAdmin = SubsonicCall.asAdmin().set("username", name).getJson("getPlaylists");
        assertThat(asAdmin.path("playlists").path("playlist").findValuesAsText("name")).contains("Empty");
        assertThat(SubsonicCall.withToken(name, PASSWORD).set("playlistId", id).set("public", "maybe").getJson("updatePlaylist")
                .path("error").path("message").asText()).contains("'public'");
    }

    private static List<String> ids(JsonNode playlist) {
        List<String> ids = new java.util.ArrayList<>();
        playlist.path("entry").forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }

    /** Other tests' public playlists would show in the snapshot account's list: they are private meanwhile. */
    void withoutOthersPublicPlaylists(Runnable check) {
        List<Object> hidden = publicPlaylistsOfOthers();
        try {
            check.run();
        } finally {
            publish(hidden);
        }
    }

    @Transactional
    List<Object> publicPlaylistsOfOthers() {
        List<Object> ids = Playlist.<Playlist>list("isPublic = true").stream().map(p -> (Object) p.id).toList();
        Playlist.update("isPublic = false WHERE isPublic = true");
        return ids;
    }

    @Transactional
    void publish(List<Object> ids) {
        if (!ids.isEmpty()) {
            Playlist.update("isPublic = true WHERE id IN ?1", ids);
        }
    }
}
