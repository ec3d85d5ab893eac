package dev.fidelio.stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.library.NowPlaying;
import dev.fidelio.library.Track;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.users.SignedUrls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A player fetching a track shows as playing it once, however many requests it makes for it: a request from the start
 * begins listening; HEAD, later ranges and seeks in a conversion do not.
 */
@QuarkusTest
class NowPlayingStreamTest extends StreamTestSupport {

    @Inject
    NowPlaying nowPlaying;

    @Inject
    SignedUrls signedUrls;

    String player;
    List<Track> flac;

    @BeforeEach
    void aPlayerOfItsOwn() {
        player = "TestPlayer/" + UUID.randomUUID();
        flac = sampleTracks().stream().filter(t -> t.format.equals("flac")).toList();
    }

    @Test
    void aPlayerStartingAnOriginalShowsOnceForAllItsRanges() {
        Track track = flac.get(0);
        player().head("/stream/" + track.id).then().statusCode(200);
        player().header("Range", "bytes=1000-").get("/stream/" + track.id).then().statusCode(206);
        player().header("Range", "bytes=-128").get("/stream/" + track.id).then().statusCode(206);
        assertThat(entry()).as("looking and reading the end of a file is not listening").isEmpty();

        player().get("/stream/" + track.id).then().statusCode(200);
        NowPlaying.Entry started = entry().orElseThrow();
        assertThat(started.trackId()).isEqualTo(track.id);
        assertThat(started.username()).isEqualTo("admin");

        player().header("Range", "bytes=0-").get("/stream/" + track.id).then().statusCode(206);
        player().header("Range", "bytes=5000-").get("/stream/" + track.id).then().statusCode(206);
        assertThat(entry()).as("the same listening").contains(started);

        Track next = flac.get(1);
        player().header("Range", "bytes=0-").get("/stream/" + next.id).then().statusCode(206);
        assertThat(entry()).get().extracting(NowPlaying.Entry::trackId).isEqualTo(next.id);
    }

    @Test
    void aConversionCountsFromItsStartButNotFromASeek() {
        Track track = flac.get(2);
        player().queryParam("format", "wav").queryParam("offset", "1.5").get("/stream/" + track.id).then().statusCode(200);
        assertThat(entry()).isEmpty();
        player().queryParam("format", "wav").queryParam("offset", "-1").get("/stream/" + track.id).then().statusCode(400);
        assertThat(entry()).isEmpty();
        player().queryParam("format", "wav").get("/stream/" + track.id).then().statusCode(200);
        assertThat(entry()).get().extracting(NowPlaying.Entry::trackId).isEqualTo(track.id);
    }

    @Test
    void aSignedUrlNamesNoListener() {
        Track track = flac.get(3);
        given().header("User-Agent", player).queryParam("token", signedUrls.sign(StreamResource.SIGNED_URL_PURPOSE, track.id))
                .get("/stream/" + track.id).then().statusCode(200);
        assertThat(entry()).isEmpty();
    }

    private RequestSpecification player() {
        return as().header("User-Agent", player);
    }

    private Optional<NowPlaying.Entry> entry() {
        return nowPlaying.list(VisibleLibraries.ALL).stream().filter(e -> player.equals(e.client())).findFirst();
    }
}
