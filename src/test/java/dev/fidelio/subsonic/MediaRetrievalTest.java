package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.library.Annotation;
import dev.fidelio.library.Annotations;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.Track;
import dev.fidelio.stream.StreamResource;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** stream, download, getCoverArt and getAvatar: bytes on success, a subsonic-response on refusal. */
@QuarkusTest
class MediaRetrievalTest {

    @Inject
    SampleTracks samples;

    @Inject
    Annotations annotations;

    @Test
    void streamAndDownloadSendEveryFileByteForByte() throws Exception {
        for (Track track : samples.all()) {
            byte[] file = Files.readAllBytes(SampleTracks.file(track));
            for (String method : new String[] {"stream", "download"}) {
                Response response = SubsonicCall.asAdmin().set("id", track.id.toString()).get(method);
                response.then().statusCode(200).header("Content-Length", String.valueOf(file.length))
                        .header("Accept-Ranges", "bytes").header(StreamResource.SIGNAL_PATH_HEADER, "bit-perfect");
                assertThat(response.asByteArray()).as(method + " " + track.relativePath).isEqualTo(file);
            }
        }
    }

    @Test
    void rangesAndValidatorsWorkAsForAnyFile() throws Exception {
        Track track = flac16();
        byte[] file = Files.readAllBytes(SampleTracks.file(track));
        Response part = SubsonicCall.asAdmin().set("id", track.id.toString()).getWith("stream", "Range", "bytes=100-1099");
        part.then().statusCode(206).header("Content-Range", "bytes 100-1099/" + file.length);
        assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(file, 100, 1100));
        Response tail = SubsonicCall.asAdmin().set("id", track.id.toString()).getWith("download", "Range", "bytes=-10");
        assertThat(tail.then().statusCode(206).extract().asByteArray()).isEqualTo(Arrays.copyOfRange(file, file.length - 10, file.length));
        SubsonicCall.asAdmin().set("id", track.id.toString()).getWith("stream", "Range", "bytes=" + file.length + "-").then().statusCode(416);

        String etag = SubsonicCall.asAdmin().set("id", track.id.toString()).get("stream").header("ETag");
        SubsonicCall.asAdmin().set("id", track.id.toString()).getWith("stream", "If-None-Match", etag).then().statusCode(304);
    }

    @Test
    void aFormPostStreamsToo() throws Exception {
        Track track = flac16();
        assertThat(SubsonicCall.asAdmin().set("id", track.id.toString()).post("stream").then().statusCode(200).extract().asByteArray())
                .isEqualTo(Files.readAllBytes(SampleTracks.file(track)));
    }

    @Test
    void maxBitRateBelowTheOriginalGetsTheSmallestLosslessStream() {
        Track hiRes = samples.first(t -> t.format.equals("flac") && t.sampleRate == 192_000);
        Response response = SubsonicCall.asAdmin().set("id", hiRes.id.toString()).set("maxBitRate", "320").get("stream");
        response.then().statusCode(200).contentType("audio/flac");
        assertThat(response.header(StreamResource.SIGNAL_PATH_HEADER)).contains("192000->48000").endsWith("FLAC 16/48");
        assertThat(response.asByteArray()).startsWith("fLaC".getBytes());

        Response ample = SubsonicCall.asAdmin().set("id", hiRes.id.toString()).set("maxBitRate", "20000").get("stream");
        ample.then().statusCode(200).header(StreamResource.SIGNAL_PATH_HEADER, "bit-perfect");
        SubsonicCall.asAdmin().set("id", hiRes.id.toString()).set("maxBitRate", "320").set("format", "raw").get("stream")
                .then().statusCode(200).header(StreamResource.SIGNAL_PATH_HEADER, "bit-perfect");
    }

    @Test
    void formatsFlacAndWavConvertAndLossyOnesAreRefusedClearly() {
        Track wav = samples.first(t -> t.format.equals("wav"));
        Response flac = SubsonicCall.asAdmin().set("id", wav.id.toString()).set("format", "flac").get("stream");
        flac.then().statusCode(200).contentType("audio/flac");
        assertThat(flac.header(StreamResource.SIGNAL_PATH_HEADER)).startsWith("WAV").endsWith("FLAC 24/48");

        Track track = flac16();
        Response asWav = SubsonicCall.asAdmin().set("id", track.id.toString()).set("format", "wav").get("stream");
        asWav.then().statusCode(200).contentType("audio/wav");
        assertThat(asWav.asByteArray()).hasSize(Integer.parseInt(asWav.header("Content-Length")));
        SubsonicCall.asAdmin().set("id", track.id.toString()).set("format", "flac").get("stream").then()
                .header(StreamResource.SIGNAL_PATH_HEADER, "bit-perfect");

        JsonNode mp3 = SubsonicCall.jsonOf(SubsonicCall.asAdmin().json().set("id", track.id.toString()).set("format", "mp3").get("stream"));
        assertThat(mp3.path("error").path("code").asInt()).isZero();
        assertThat(mp3.path("error").path("message").asText()).contains("no mp3 encoder", "format=raw");
        JsonNode odd = SubsonicCall.jsonOf(SubsonicCall.asAdmin().json().set("id", track.id.toString()).set("format", "<x>").get("stream"));
        assertThat(odd.path("error").path("message").asText()).contains("'format'");
    }

    @Test
    void timeOffsetStartsPartWayThrough() {
        Track track = flac16();
        byte[] whole = SubsonicCall.asAdmin().set("id", track.id.toString()).set("format", "wav").get("stream").asByteArray();
        Response later = SubsonicCall.asAdmin().set("id", track.id.toString()).set("format", "wav").set("timeOffset", "1").get("stream");
        later.then().statusCode(200);
        int frameBytes = track.channels * track.bitsPerSample / 8;
        assertThat(whole.length - later.asByteArray().length).isEqualTo(track.sampleRate * frameBytes);
        JsonNode past = SubsonicCall.asAdmin().set("id", track.id.toString()).set("timeOffset", "9999").getJson("stream");
        assertThat(past.path("error").path("message").asText()).contains("past the end");
        JsonNode negative = SubsonicCall.asAdmin().set("id", track.id.toString()).set("timeOffset", "-1").getJson("stream");
        assertThat(negative.path("error").path("message").asText()).contains("'timeOffset'");
    }

    @Test
    void estimateContentLengthGivesAConversionItsExactLength() {
        Track hiRes = samples.first(t -> t.format.equals("flac") && t.sampleRate == 96_000);
        Response response = SubsonicCall.asAdmin().set("id", hiRes.id.toString()).set("maxBitRate", "500")
                .set("estimateContentLength", "true").get("stream");
        response.then().statusCode(200).contentType("audio/flac").header("Accept-Ranges", "bytes");
        assertThat(response.asByteArray()).hasSize(Integer.parseInt(response.header("Content-Length")));
    }

    @Test
    void streamingIsNoPlay() {
        String name = SubsonicCall.uniqueName("streamer");
        long user = Api.createUser(name, "streaming password", "user");
        Track track = flac16();
        SubsonicCall.withToken(name, "streaming password").set("id", track.id.toString()).get("stream").then().statusCode(200);
        assertThat(annotations.get(user, ItemKind.track, track.id).map(Annotation::playCount).orElse(0)).isZero();
    }

    @Test
    void unknownTracksAreErrorSeventyInTheClientsFormat() {
        Response xml = SubsonicCall.asAdmin().set("id", UUID.randomUUID().toString()).get("stream");
        xml.then().statusCode(200).contentType("text/xml");
        assertThat(xml.asString()).contains("code=\"70\"");
        for (String id : new String[] {"not-an-id", "../../etc/passwd", UUID.randomUUID().toString()}) {
            assertThat(SubsonicCall.asAdmin().set("id", id).getJson("download").path("error").path("code").asInt()).as(id).isEqualTo(70);
        }
        assertThat(SubsonicCall.asAdmin().getJson("stream").path("error").path("code").asInt()).isEqualTo(10);
    }

    @Test
    void coverArtComesAsStoredOrResized() throws Exception {
        Track track = samples.first(t -> t.relativePath.contains("Jökulsárlón"));
        UUID album = samples.albumOf(track);
        Response original = SubsonicCall.asAdmin().set("id", album.toString()).get("getCoverArt");
        original.then().statusCode(200).contentType("image/png");
        assertThat(longestSide(original.asByteArray())).isEqualTo(800);
        for (int size : new int[] {50, 300}) {
            Response resized = SubsonicCall.asAdmin().set("id", album.toString()).set("size", Integer.toString(size)).get("getCoverArt");
            resized.then().statusCode(200);
            assertThat(longestSide(resized.asByteArray())).as("size %d", size).isEqualTo(size);
        }
        Response same = SubsonicCall.asAdmin().set("id", track.id.toString()).set("size", "5000").get("getCoverArt");
        assertThat(longestSide(same.asByteArray())).as("never enlarged").isEqualTo(800);
        SubsonicCall.asAdmin().set("id", album.toString()).getWith("getCoverArt", "If-None-Match", original.header("ETag"))
                .then().statusCode(304);

        assertThat(SubsonicCall.asAdmin().set("id", album.toString()).set("size", "0").getJson("getCoverArt")
                .path("error").path("message").asText()).contains("'size'");
        Track noArt = samples.first(t -> t.relativePath.contains("Highlife"));
        assertThat(SubsonicCall.asAdmin().set("id", noArt.id.toString()).getJson("getCoverArt").path("error").path("code").asInt())
                .isEqualTo(70);
    }

    @Test
    void avatarsAreNotKept() {
        JsonNode answer = SubsonicCall.asAdmin().set("username", Api.ADMIN).getJson("getAvatar");
        assertThat(answer.path("error").path("code").asInt()).isEqualTo(70);
        assertThat(answer.path("error").path("message").asText()).contains("keeps no pictures");
    }

    private Track flac16() {
        return samples.first(t -> t.format.equals("flac") && t.bitsPerSample == 16 && t.sampleRate == 44_100 && t.channels == 2);
    }

    private static int longestSide(byte[] image) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        return Math.max(decoded.getWidth(), decoded.getHeight());
    }
}
