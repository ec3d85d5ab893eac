package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.library.Annotation;
import dev.fidelio.library.Annotations;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.NowPlaying;
import dev.fidelio.library.Track;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** star, unstar, setRating and scrobble: what they record, and what they refuse. */
@QuarkusTest
class AnnotationMethodsTest {

    private static final String PASSWORD = "annotating password";

    @Inject
    SampleTracks samples;

    @Inject
    Annotations annotations;

    @Inject
    NowPlaying nowPlaying;

    /** By an account of its own: what it stars and plays must not show in other snapshots. */
    @Test
    void everyMethodAnswersInEveryRendering() {
        String name = SubsonicCall.uniqueName("annotating");
        Api.createUser(name, PASSWORD, "user");
        String track = samples.all().get(0).id.toString();
        Renderings.assertAll("star", "star", () -> SubsonicCall.withToken(name, PASSWORD).set("id", track));
        Renderings.assertAll("unstar", "unstar", () -> SubsonicCall.withToken(name, PASSWORD).set("id", track));
        Renderings.assertAll("setRating", "setRating", () -> SubsonicCall.withToken(name, PASSWORD).set("id", track).set("rating", "4"));
        Renderings.assertAll("scrobble", "scrobble", () -> SubsonicCall.withToken(name, PASSWORD).set("id", track));
    }

    @Test
    void starsGoOnSongsAlbumsAndArtistsAndComeOffAgain() {
        String name = SubsonicCall.uniqueName("starring");
        long user = Api.createUser(name, PASSWORD, "user");
        Track track = samples.all().get(3);
        UUID album = samples.albumOf(track);
        UUID artist = samples.albumArtistOf(track);
        ok(SubsonicCall.withToken(name, PASSWORD).add("id", track.id.toString()).add("albumId", album.toString())
                .add("artistId", artist.toString()).getJson("star"));
        assertThat(starred(user, ItemKind.track, track.id)).isPresent();
        assertThat(starred(user, ItemKind.album, album)).isPresent();
        assertThat(starred(user, ItemKind.artist, artist)).isPresent();

        ok(SubsonicCall.withToken(name, PASSWORD).add("id", album.toString()).add("artistId", artist.toString()).getJson("unstar"));
        assertThat(starred(user, ItemKind.track, track.id)).isPresent();
        assertThat(starred(user, ItemKind.album, album)).isEmpty();
        assertThat(starred(user, ItemKind.artist, artist)).isEmpty();
    }

    @Test
    void oneIdOfNothingRefusesTheWholeRequest() {
        String name = SubsonicCall.uniqueName("starring");
        long user = Api.createUser(name, PASSWORD, "user");
        Track track = samples.all().get(4);
        JsonNode refused = SubsonicCall.withToken(name, PASSWORD).add("id", track.id.toString()).add("id", UUID.randomUUID().toString())
                .getJson("star");
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(70);
        assertThat(starred(user, ItemKind.track, track.id)).isEmpty();
        assertThat(SubsonicCall.withToken(name, PASSWORD).getJson("star").path("error").path("code").asInt()).isEqualTo(10);
        assertThat(SubsonicCall.withToken(name, PASSWORD).set("id", "12").getJson("unstar").path("error").path("code").asInt())
                .isEqualTo(70);
    }

    @Test
    void ratingsAreOneToFiveAndZeroTakesThemAway() {
        String name = SubsonicCall.uniqueName("rating");
        long user = Api.createUser(name, PASSWORD, "user");
        Track track = samples.all().get(5);
        ok(SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).set("rating", "5").getJson("setRating"));
        assertThat(annotations.get(user, ItemKind.track, track.id).map(Annotation::rating)).contains(5);
        ok(SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).set("rating", "0").getJson("setRating"));
        assertThat(annotations.get(user, ItemKind.track, track.id).map(Annotation::rating)).isEmpty();
        for (String bad : new String[] {"6", "-1", "five"}) {
            JsonNode refused = SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).set("rating", bad).getJson("setRating");
            assertThat(refused.path("error").path("message").asText()).as(bad).contains("'rating'");
        }
        assertThat(SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).getJson("setRating")
                .path("error").path("code").asInt()).isEqualTo(10);
    }

    @Test
    void aSubmittedScrobbleCountsAPlayAtItsTime() {
        String name = SubsonicCall.uniqueName("scrobbling");
        long user = Api.createUser(name, PASSWORD, "user");
        Track first = samples.all().get(6);
        Track second = samples.all().get(7);
        long played = Instant.parse("2026-01-02T03:04:05Z").toEpochMilli();
        ok(SubsonicCall.withToken(name, PASSWORD).add("id", first.id.toString()).add("id", second.id.toString())
                .add("time", Long.toString(played)).add("time", Long.toString(played + 1000)).getJson("scrobble"));
        Annotation annotation = annotations.get(user, ItemKind.track, first.id).orElseThrow();
        assertThat(annotation.playCount()).isEqualTo(1);
        assertThat(annotation.lastPlayedAt()).isEqualTo(Instant.ofEpochMilli(played));
        assertThat(annotations.get(user, ItemKind.album, samples.albumOf(first)).orElseThrow().playCount()).isPositive();

        JsonNode future = SubsonicCall.withToken(name, PASSWORD).set("id", first.id.toString())
                .set("time", Long.toString(Instant.now().plusSeconds(86_400).toEpochMilli())).getJson("scrobble");
        assertThat(future.path("error").path("message").asText()).contains("'time'");
        JsonNode unpaired = SubsonicCall.withToken(name, PASSWORD).add("id", first.id.toString()).add("id", second.id.toString())
                .add("time", Long.toString(played)).getJson("scrobble");
        assertThat(unpaired.path("error").path("message").asText()).contains("once for each id");
        JsonNode album = SubsonicCall.withToken(name, PASSWORD).set("id", samples.albumOf(first).toString()).getJson("scrobble");
        assertThat(album.path("error").path("code").asInt()).isEqualTo(70);
        assertThat(annotations.get(user, ItemKind.track, first.id).orElseThrow().playCount()).isEqualTo(1);
    }

    @Test
    void aScrobbleThatIsNoSubmissionIsWhatIsPlayingNowAndNoPlay() {
        String name = SubsonicCall.uniqueName("now-playing");
        long user = Api.createUser(name, PASSWORD, "user");
        Track track = samples.all().get(8);
        ok(SubsonicCall.withToken(name, PASSWORD).set("id", track.id.toString()).set("submission", "false").getJson("scrobble"));
        assertThat(nowPlaying.list(VisibleLibraries.ALL)).anySatisfy(entry -> {
            assertThat(entry.userId()).isEqualTo(user);
            assertThat(entry.trackId()).isEqualTo(track.id);
            assertThat(entry.client()).isEqualTo(SubsonicCall.CLIENT);
        });
        assertThat(annotations.get(user, ItemKind.track, track.id).map(Annotation::playCount).orElse(0)).isZero();
    }

    private Optional<Instant> starred(long user, ItemKind kind, UUID id) {
        return annotations.get(user, kind, id).map(Annotation::starredAt);
    }

    static void ok(JsonNode response) {
        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("ok");
    }
}
