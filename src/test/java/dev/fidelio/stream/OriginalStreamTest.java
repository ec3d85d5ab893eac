package dev.fidelio.stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fidelio.library.AudioFormat;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Api;
import dev.fidelio.testsupport.TestFiles;
import dev.fidelio.users.SignedUrls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code /stream/{id}} for originals: the exact bytes, ranges, validators, DLNA headers and who may ask. */
@QuarkusTest
class OriginalStreamTest extends StreamTestSupport {

    @Inject
    LibraryAccess libraryAccess;

    @Inject
    SignedUrls signedUrls;

    @Test
    void everyTrackComesBackByteForByte() throws Exception {
        List<Track> tracks = sampleTracks();
        assertThat(tracks).hasSizeGreaterThan(40);
        for (Track track : tracks) {
            Path file = TestFiles.sampleLibrary().resolve(track.relativePath);
            Response response = as().get("/stream/" + track.id);
            response.then().statusCode(200)
                    .header("Content-Type", AudioFormat.fromId(track.format).mimeType())
                    .header("Content-Length", String.valueOf(Files.size(file)))
                    .header("Accept-Ranges", "bytes")
                    .header("Transfer-Encoding", nullValue())
                    .header(StreamResource.SIGNAL_PATH_HEADER, "bit-perfect");
            assertThat(sha256(response.asByteArray())).as(track.relativePath).isEqualTo(sha256(Files.readAllBytes(file)));
        }
    }

    @Test
    void rangesAreServedExactly() throws Exception {
        Track track = flac();
        byte[] bytes = Files.readAllBytes(TestFiles.sampleLibrary().resolve(track.relativePath));
        int size = bytes.length;
        assertRange(track, "bytes=0-0", 0, 0, bytes);
        assertRange(track, "bytes=100-1099", 100, 1099, bytes);
        assertRange(track, "bytes=1000-", 1000, size - 1, bytes);
        assertRange(track, "bytes=-1000", size - 1000, size - 1, bytes);
        assertRange(track, "bytes=-" + (size + 50), 0, size - 1, bytes);
        assertRange(track, "bytes=" + (size - 10) + "-" + (size + 500), size - 10, size - 1, bytes);

        as().header("Range", "bytes=" + size + "-").get("/stream/" + track.id).then().statusCode(416)
                .header("Content-Range", "bytes */" + size);
        as().header("Range", "bytes=-0").get("/stream/" + track.id).then().statusCode(416);
        for (String whole : List.of("bytes=0-1,5-9", "bytes=abc", "items=0-5", "bytes=9-5")) {
            assertThat(as().header("Range", whole).get("/stream/" + track.id).then().statusCode(200)
                    .header("Content-Length", String.valueOf(size)).extract().asByteArray()).as(whole).isEqualTo(bytes);
        }
    }

    @Test
    void validatorsAnswerConditionalRequests() {
        Track track = flac();
        Response first = as().get("/stream/" + track.id);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).startsWith("\"").endsWith("\"");

        as().header("If-None-Match", etag).get("/stream/" + track.id).then().statusCode(304).header("ETag", etag);
        as().header("If-None-Match", "\"other\", " + etag).get("/stream/" + track.id).then().statusCode(304);
        as().header("If-None-Match", "\"other\"").get("/stream/" + track.id).then().statusCode(200);
        as().header("If-Modified-Since", lastModified).get("/stream/" + track.id).then().statusCode(304);
        as().header("If-Modified-Since", "not a date").get("/stream/" + track.id).then().statusCode(200);

        as().header("Range", "bytes=0-9").header("If-Range", etag).get("/stream/" + track.id).then().statusCode(206);
        as().header("Range", "bytes=0-9").header("If-Range", lastModified).get("/stream/" + track.id).then().statusCode(206);
        as().header("Range", "bytes=0-9").header("If-Range", "\"changed\"").get("/stream/" + track.id).then().statusCode(200);
    }

    @Test
    void headSaysWhatGetWouldSend() throws IOException {
        Track track = flac();
        long size = Files.size(TestFiles.sampleLibrary().resolve(track.relativePath));
        Response head = as().head("/stream/" + track.id);
        head.then().statusCode(200).header("Content-Length", String.valueOf(size)).header("Content-Type", "audio/flac");
        assertThat(head.asByteArray()).isEmpty();
        as().header("Range", "bytes=-100").head("/stream/" + track.id).then().statusCode(206)
                .header("Content-Length", "100").header("Content-Range", "bytes " + (size - 100) + "-" + (size - 1) + "/" + size);
    }

    @Test
    void renderersGetTheirDlnaHeaders() {
        Track track = flac();
        as().header("getcontentFeatures.dlna.org", "1").header("transferMode.dlna.org", "Streaming").get("/stream/" + track.id)
                .then().statusCode(200)
                .header("contentFeatures.dlna.org", "DLNA.ORG_OP=01;DLNA.ORG_CI=0;DLNA.ORG_FLAGS=01700000000000000000000000000000")
                .header("transferMode.dlna.org", "Streaming");
        as().get("/stream/" + track.id).then().header("contentFeatures.dlna.org", nullValue()).header("transferMode.dlna.org", nullValue());
    }

    @Test
    void withoutALoginOnlyASignedUrlForThatTrackOpensIt() {
        Track track = flac();
        Track other = sampleTracks().stream().filter(t -> !t.id.equals(track.id)).findFirst().orElseThrow();
        given().get("/stream/" + track.id).then().statusCode(401).body("error", equalTo("unauthorized"));

        String signed = signedUrls.sign(StreamResource.SIGNED_URL_PURPOSE, track.id);
        given().queryParam("token", signed).get("/stream/" + track.id).then().statusCode(200);
        given().queryParam("token", signed).get("/stream/" + other.id).then().statusCode(401);
        String expired = signedUrls.sign(StreamResource.SIGNED_URL_PURPOSE, track.id, Instant.now().minusSeconds(1));
        given().queryParam("token", expired).get("/stream/" + track.id).then().statusCode(401);
        String otherPurpose = signedUrls.sign("art", track.id);
        given().queryParam("token", otherPurpose).get("/stream/" + track.id).then().statusCode(401);
        for (int at : new int[] {signed.length() - 1, signed.length() - 8, 0}) {
            char[] forged = signed.toCharArray();
            forged[at] = forged[at] == 'A' ? 'B' : 'A';
            given().queryParam("token", new String(forged)).get("/stream/" + track.id).then().statusCode(401);
        }
        given().queryParam("token", "x".repeat(1000)).get("/stream/" + track.id).then().statusCode(401);
    }

    @Test
    void aListenerLimitedToOtherLibrariesCannotTellTheTrackExists() {
        Track track = flac();
        String name = "limited-" + UUID.randomUUID();
        long user = Api.createUser(name, "a long enough password", "user");
        String listener = Api.token(name, "a long enough password");
        libraryAccess.restrict(user, Set.of());
        Api.as(listener).get("/stream/" + track.id).then().statusCode(404).body("message", equalTo("No track with id " + track.id));
        Api.as(listener).head("/stream/" + track.id).then().statusCode(404);

        libraryAccess.restrict(user, Set.of(track.folder.id));
        Api.as(listener).get("/stream/" + track.id).then().statusCode(200);
    }

    @Test
    void unknownAndHostileIdsReachNoFile() {
        as().get("/stream/" + UUID.randomUUID()).then().statusCode(404).body("error", equalTo("not_found"));
        as().get("/stream/not-a-uuid").then().statusCode(404);
        as().urlEncodingEnabled(false).get("/stream/..%2F..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
        as().get("/stream/%00").then().statusCode(404);
    }

    private void assertRange(Track track, String header, int first, int last, byte[] bytes) {
        Response response = as().header("Range", header).get("/stream/" + track.id);
        response.then().statusCode(206)
                .header("Content-Range", "bytes " + first + "-" + last + "/" + bytes.length)
                .header("Content-Length", String.valueOf(last - first + 1));
        assertThat(response.asByteArray()).as(header).isEqualTo(Arrays.copyOfRange(bytes, first, last + 1));
    }


    Track flac() {
        return sampleTracks().stream().filter(t -> t.format.equals("flac")).findFirst().orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
