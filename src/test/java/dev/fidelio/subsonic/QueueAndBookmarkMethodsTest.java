package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Bookmarks and the play queue, by id and by index (OpenSubsonic's indexBasedQueue). */
@QuarkusTest
class QueueAndBookmarkMethodsTest {

    private static final String PASSWORD = "queue password";

    @Inject
    SampleTracks samples;

    @Test
    void everyMethodAnswersInEveryRendering() {
        List<Track> tracks = samples.all();
        String first = tracks.get(0).id.toString();
        String second = tracks.get(1).id.toString();
        Renderings.assertAll("createBookmark", "createBookmark", () -> SnapshotAccount.call().set("id", first).set("position", "1500")
                .set("comment", "the good part"));
        Renderings.assertAll("getBookmarks", "getBookmarks", SnapshotAccount::call);
        Renderings.assertAll("deleteBookmark", "deleteBookmark", () -> SnapshotAccount.call().set("id", first));

        Renderings.assertAll("savePlayQueue", "savePlayQueue", () -> SnapshotAccount.call().add("id", first).add("id", second)
                .set("current", second).set("position", "2500"));
        // Subsonic's schema types current as a number, which no UUID is: legacy XML cannot validate, and is kept as sent.
        Renderings.assertOpenSubsonic("getPlayQueue", "getPlayQueue", SnapshotAccount::call);
        Snapshots.assertXml("getPlayQueue.legacy", Renderings.xml(SnapshotAccount.call().asLegacyClient().get("getPlayQueue")));
        Renderings.assertOpenSubsonic("savePlayQueueByIndex", "savePlayQueueByIndex", () -> SnapshotAccount.call().add("id", first)
                .add("id", first).set("currentIndex", "1").set("position", "500"));
        Renderings.assertOpenSubsonic("getPlayQueueByIndex", "getPlayQueueByIndex", SnapshotAccount::call);
    }

    @Test
    void bookmarksAreSetReplacedListedAndRemoved() {
        String name = SubsonicCall.uniqueName("bookmarks");
        Api.createUser(name, PASSWORD, "user");
        Track track = samples.all().get(2);
        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).set("position", "1000")
                .getJson("createBookmark"));
        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).set("position", "2000")
                .set("comment", "later").getJson("createBookmark"));
        JsonNode bookmarks = SubsonicCall.withToken(name, PASSWORD).getJson("getBookmarks").path("bookmarks").path("bookmark");
        assertThat(bookmarks).hasSize(1);
        assertThat(bookmarks.get(0).path("position").asLong()).isEqualTo(2000);
        assertThat(bookmarks.get(0).path("comment").asText()).isEqualTo("later");
        assertThat(bookmarks.get(0).path("username").asText()).isEqualTo(name);
        assertThat(bookmarks.get(0).path("entry").path("id").asText()).isEqualTo(track.id.toString());

        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).getJson("deleteBookmark"));
        assertThat(SubsonicCall.withToken(name, PASSWORD).getJson("getBookmarks").path("bookmarks").path("bookmark")).isEmpty();

        JsonNode noPosition = SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).getJson("createBookmark");
        assertThat(noPosition.path("error").path("code").asInt()).isEqualTo(10);
        JsonNode negative = SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).set("position", "-5")
                .getJson("createBookmark");
        assertThat(negative.path("error").path("message").asText()).contains("'position'");
    }

    @Test
    void aQueueSavedByOnePlayerIsPickedUpByAnother() {
        String name = SubsonicCall.uniqueName("queue");
        Api.createUser(name, PASSWORD, "user");
        List<Track> tracks = samples.all();
        assertThat(SubsonicCall.withToken(name, PASSWORD).getJson("getPlayQueue").has("playQueue")).as("nothing saved yet").isFalse();
        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).set("c", "phone").add("id", tracks.get(0).id.toString())
                .add("id", tracks.get(1).id.toString()).add("id", tracks.get(0).id.toString()).set("current", tracks.get(1).id.toString())
                .set("position", "42000").getJson("savePlayQueue"));

        JsonNode queue = SubsonicCall.withToken(name, PASSWORD).set("c", "desktop").getJson("getPlayQueue").path("playQueue");
        assertThat(queue.path("current").asText()).isEqualTo(tracks.get(1).id.toString());
        assertThat(queue.path("position").asLong()).isEqualTo(42000);
        assertThat(queue.path("changedBy").asText()).isEqualTo("phone");
        assertThat(queue.path("username").asText()).isEqualTo(name);
        assertThat(entryIds(queue)).containsExactly(tracks.get(0).id.toString(), tracks.get(1).id.toString(), tracks.get(0).id.toString());

        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).add("id", tracks.get(0).id.toString())
                .add("id", tracks.get(0).id.toString()).set("currentIndex", "1").getJson("savePlayQueueByIndex"));
        JsonNode byIndex = SubsonicCall.withToken(name, PASSWORD).getJson("getPlayQueueByIndex").path("playQueueByIndex");
        assertThat(byIndex.path("currentIndex").asInt()).isEqualTo(1);
        assertThat(byIndex.path("position").asLong()).isZero();

        JsonNode outside = SubsonicCall.withToken(name, PASSWORD).add("id", tracks.get(0).id.toString()).set("currentIndex", "1")
                .getJson("savePlayQueueByIndex");
        assertThat(outside.path("error").path("code").asInt()).isEqualTo(10);
        JsonNode notInQueue = SubsonicCall.withToken(name, PASSWORD).add("id", tracks.get(0).id.toString())
                .set("current", tracks.get(3).id.toString()).getJson("savePlayQueue");
        assertThat(notInQueue.path("error").path("message").asText()).contains("'current'");

        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).getJson("savePlayQueue"));
        assertThat(SubsonicCall.withToken(name, PASSWORD).getJson("getPlayQueue").has("playQueue")).as("cleared").isFalse();
    }

    @Test
    void getOpenSubsonicExtensionsAnnouncesWhatWorks() {
        JsonNode extensions = SubsonicCall.anonymous().getJson("getOpenSubsonicExtensions").path("openSubsonicExtensions");
        assertThat(extensions.findValuesAsText("name")).contains("indexBasedQueue", "songLyrics", "transcodeOffset")
                .doesNotContain("transcoding", "playbackReport");
    }

    private static List<String> entryIds(JsonNode queue) {
        List<String> ids = new ArrayList<>();
        queue.path("entry").forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }
}
