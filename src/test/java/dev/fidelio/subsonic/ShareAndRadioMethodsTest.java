package dev.fidelio.subsonic;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.library.RadioStations;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Shares with their public links, and internet radio stations. */
@QuarkusTest
class ShareAndRadioMethodsTest {

    private static final String PASSWORD = "sharing password";

    @Inject
    SampleTracks samples;

    @Inject
    RadioStations stations;

    @Test
    void everyShareMethodAnswersInEveryRendering() {
        String track = samples.all().get(0).id.toString();
        String expires = Long.toString(Instant.now().plusSeconds(3600).toEpochMilli());
        Renderings.assertAll("createShare", "createShare", () -> SnapshotAccount.call().set("id", track).set("description", "listen")
                .set("expires", expires));
        String id = SnapshotAccount.call().set("id", track).getJson("createShare").path("shares").path("share").get(0).path("id").asText();
        Renderings.assertAll("updateShare", "updateShare", () -> SnapshotAccount.call().set("id", id).set("description", "changed"));
        Renderings.assertAll("getShares", "getShares", SnapshotAccount::call);
        Renderings.assertAll("deleteShare", "deleteShare", () -> SnapshotAccount.call().set("id", SnapshotAccount.call()
                .set("id", track).getJson("createShare").path("shares").path("share").get(0).path("id").asText()));
    }

    @Test
    void aShareOpensItsTracksToAnyoneUntilItEnds() throws Exception {
        String name = SubsonicCall.uniqueName("sharer");
        Api.createUser(name, PASSWORD, "user");
        Track track = samples.first(t -> t.format.equals("flac"));
        JsonNode share = SubsonicCall.withToken(name, PASSWORD).set("id", samples.albumOf(track).toString())
                .set("description", "an album").getJson("createShare").path("shares").path("share").get(0);
        assertThat(share.path("username").asText()).isEqualTo(name);
        assertThat(share.path("entry").size()).isGreaterThan(1);
        URI link = URI.create(share.path("url").asText());
        assertThat(link.getPath()).isEqualTo("/share/" + share.path("id").asText());

        JsonPath page = given().get(link.getRawPath() + "?" + link.getRawQuery()).then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("description")).isEqualTo("an album");
        List<String> streams = page.getList("tracks.stream");
        assertThat(streams).hasSize(share.path("entry").size());
        byte[] played = given().urlEncodingEnabled(false).get(streams.get(0)).then().statusCode(200).extract().asByteArray();
        assertThat(played).isEqualTo(Files.readAllBytes(SampleTracks.file(samples.first(
                t -> t.id.toString().equals(share.path("entry").get(0).path("id").asText())))));

        JsonNode listed = SubsonicCall.withToken(name, PASSWORD).getJson("getShares").path("shares").path("share").get(0);
        assertThat(listed.path("visitCount").asInt()).isEqualTo(1);
        given().get(link.getRawPath() + "?token=forged.token").then().statusCode(404);

        AnnotationMethodsTest.ok(SubsonicCall.withToken(name, PASSWORD).set("id", share.path("id").asText()).getJson("deleteShare"));
        given().get(link.getRawPath() + "?" + link.getRawQuery()).then().statusCode(404);
    }

    @Test
    void sharesAreTheirOwnersToChange() {
        String name = SubsonicCall.uniqueName("sharer");
        Api.createUser(name, PASSWORD, "user");
        String other = SubsonicCall.uniqueName("stranger");
        Api.createUser(other, PASSWORD, "user");
        String track = samples.all().get(1).id.toString();
        String id = SubsonicCall.withToken(name, PASSWORD).set("id", track).getJson("createShare").path("shares").path("share").get(0)
                .path("id").asText();
        assertThat(SubsonicCall.withToken(other, PASSWORD).set("id", id).getJson("deleteShare").path("error").path("code").asInt())
                .isEqualTo(70);
        assertThat(SubsonicCall.withToken(other, PASSWORD).getJson("getShares").path("shares").path("share")).isEmpty();
        JsonNode past = SubsonicCall.withToken(name, PASSWORD).set("id", id).set("expires", "1000").getJson("updateShare");
        assertThat(past.path("error").path("message").asText()).contains("expires in the future");
        JsonNode nothing = SubsonicCall.withToken(name, PASSWORD).set("id", "no-such-item").getJson("createShare");
        assertThat(nothing.path("error").path("code").asInt()).isEqualTo(70);
        assertThat(SubsonicCall.withToken(name, PASSWORD).getJson("createShare").path("error").path("code").asInt()).isEqualTo(10);
    }

    @Test
    void radioStationsAreKeptByAdministratorsForEveryone() {
        stations.all().forEach(station -> stations.delete(station.id()));
        Renderings.assertAll("createInternetRadioStation", "createInternetRadioStation", () -> SubsonicCall.asAdmin()
                .set("name", "Radio Test").set("streamUrl", "https://radio.example.org/stream").set("homepageUrl", "https://radio.example.org/"));
        stations.all().stream().skip(1).forEach(station -> stations.delete(station.id()));
        String id = stations.all().get(0).id().toString();
        Renderings.assertAll("updateInternetRadioStation", "updateInternetRadioStation", () -> SubsonicCall.asAdmin().set("id", id)
                .set("name", "Radio Changed").set("streamUrl", "http://radio.example.org/live"));
        Renderings.assertAll("getInternetRadioStations", "getInternetRadioStations", SnapshotAccount::call);

        JsonNode notAdmin = SnapshotAccount.call().set("name", "Mine").set("streamUrl", "http://x.example/").getJson("createInternetRadioStation");
        assertThat(notAdmin.path("error").path("code").asInt()).isEqualTo(50);
        JsonNode script = SubsonicCall.asAdmin().set("name", "Bad").set("streamUrl", "javascript:alert(1)").getJson("createInternetRadioStation");
        assertThat(script.path("error").path("message").asText()).contains("http or https URL");
        assertThat(SubsonicCall.asAdmin().set("name", "Bad").getJson("createInternetRadioStation").path("error").path("code").asInt())
                .isEqualTo(10);

        Renderings.assertAll("deleteInternetRadioStation", "deleteInternetRadioStation", () -> SubsonicCall.asAdmin()
                .set("id", stations.create("Doomed", "http://doomed.example/", null).toString()));
        assertThat(stations.all()).hasSize(1);
        assertThat(SubsonicCall.asAdmin().set("id", id).getJson("deleteInternetRadioStation").path("status").asText()).isEqualTo("ok");
        assertThat(SubsonicCall.asAdmin().set("id", id).getJson("deleteInternetRadioStation").path("error").path("code").asInt())
                .isEqualTo(70);
    }

    @Test
    void podcastsJukeboxAndVideosSayTheyAreNotHere() {
        for (String method : new String[] {"getPodcasts", "getNewestPodcasts", "createPodcastChannel", "jukeboxControl", "getVideos"}) {
            JsonNode answer = SubsonicCall.asAdmin().getJson(method);
            assertThat(answer.path("error").path("code").asInt()).as(method).isZero();
            assertThat(answer.path("error").path("message").asText()).as(method).contains(method + " is not implemented");
        }
    }
}
