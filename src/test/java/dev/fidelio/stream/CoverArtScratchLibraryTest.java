package dev.fidelio.stream;

import static dev.fidelio.testsupport.Api.createUser;
import static dev.fidelio.testsupport.Api.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.library.Album;
import dev.fidelio.library.Artist;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.Track;
import dev.fidelio.testmusic.EncodedImage;
import dev.fidelio.testmusic.FlacWriter;
import dev.fidelio.testmusic.Pcm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A second library of albums made for the purpose, one track each: covers that are hostile (decompression bombs,
 * truncated files, a web page named cover.jpg), a wide transparent one, and the libraries a restricted user may see.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverArtScratchLibraryTest extends StreamTestSupport {

    private static final String PAGE = "<html><script>alert(1)</script></html>";

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @Inject
    LibraryAccess access;

    Path scratch;
    byte[] wide;

    @BeforeAll
    void writeAndScanTheLibrary() throws IOException {
        awaitLibrary(scanner);
        scratch = Files.createTempDirectory("fidelio-art");
        wide = TestCovers.encode(TestCovers.bands(400, 100, true), "png");
        album("Bomb", folderImage("cover.png", TestCovers.pngDeclaring(50_000, 50_000)), null);
        album("Huge Frame", folderImage("cover.jpg", TestCovers.jpegDeclaring(60_000, 60_000)), null);
        album("Web Page", folderImage("cover.jpg", PAGE.getBytes(StandardCharsets.UTF_8)), null);
        album("Cut Png", folderImage("cover.png", TestCovers.truncated(TestCovers.encode(TestCovers.bands(600, 600, false), "png"))), null);
        album("Cut Jpeg", folderImage("cover.jpg", TestCovers.truncated(TestCovers.encode(TestCovers.bands(600, 600, false), "jpeg"))), null);
        album("Embedded Bomb", null, new EncodedImage("image/png", 50_000, 50_000, 24, TestCovers.pngDeclaring(50_000, 50_000)));
        album("Wide", null, new EncodedImage("image/png", 400, 100, 32, wide));
        ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, scratch);
    }

    @AfterAll
    void forgetTheLibrary() {
        ScratchAlbum.forget(store, scratchTracks(), scratch);
    }

    @Test
    void aDecompressionBombIsSentAsItIsButNeverDecoded() throws IOException {
        UUID album = album("Bomb").id;

        Response original = as().get("/art/" + album);
        original.then().statusCode(200).contentType("image/png");
        assertThat(original.asByteArray()).isEqualTo(Files.readAllBytes(scratch.resolve("Bomb/cover.png")));

        as().get("/art/" + album + "?size=100").then().statusCode(422).body("error", equalTo("unprocessable"))
                .body("message", equalTo("The cover art of the album " + album + " cannot be resized: its header declares "
                        + "50000x50000 pixels, more than the 36 megapixels the server decodes. Ask without a size for the original."));
        as().get("/art/" + album("Huge Frame").id + "?size=100").then().statusCode(422)
                .body("message", containsString("60000x60000"));
        as().get("/art/" + track("Embedded Bomb").id + "?size=100").then().statusCode(422)
                .body("message", containsString("50000x50000"));
    }

    @Test
    void aWebPageNamedCoverJpgIsNeverTakenForOne() {
        UUID album = album("Web Page").id;

        Response original = as().get("/art/" + album);
        original.then().statusCode(200).contentType("image/jpeg").header("X-Content-Type-Options", "nosniff");
        assertThat(original.asString()).isEqualTo(PAGE);

        as().get("/art/" + album + "?size=100").then().statusCode(422).body("message", containsString("not an image"));
    }

    @Test
    void truncatedImagesAreRefusedOrRepairedButNeverAnError() throws IOException {
        as().get("/art/" + album("Cut Png").id + "?size=100").then().statusCode(422)
                .body("message", containsString("damaged"));

        Response jpeg = as().get("/art/" + album("Cut Jpeg").id + "?size=100");
        jpeg.then().statusCode(200).contentType("image/jpeg");
        assertThat(CoverArtTest.decode(jpeg).getWidth()).isEqualTo(100);
    }

    @Test
    void aWideTransparentPictureKeepsItsShapeAndTransparency() throws IOException {
        UUID track = track("Wide").id;
        assertThat(as().get("/art/" + track).asByteArray()).isEqualTo(wide);

        Response resized = as().get("/art/" + track + "?size=100");

        resized.then().statusCode(200).contentType("image/png");
        BufferedImage image = CoverArtTest.decode(resized);
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(25);
        assertThat(image.getRGB(10, 12) >>> 24).isEqualTo(0xFF);
        assertThat(image.getRGB(90, 12) >>> 24).isEqualTo(0x80);
    }

    @Test
    void aUserSeesOnlyTheArtOfTheirLibraries() {
        String name = "art-" + UUID.randomUUID();
        long user = createUser(name, "a long enough password", "user");
        String userToken = token(name, "a long enough password");
        UUID sampleAlbum = sampleAlbum().id;
        UUID sampleTrack = sampleTracks().stream().filter(t -> t.relativePath.contains("Lanterns")).findFirst().orElseThrow().id;
        UUID sampleArtist = artist("The Hollow Pines").id;
        UUID scratchAlbum = album("Wide").id;

        access.restrict(user, Set.of(scratchFolderId()));
        for (UUID hidden : List.of(sampleAlbum, sampleTrack, sampleArtist)) {
            given().header("Authorization", "Bearer " + userToken).get("/art/" + hidden).then().statusCode(404)
                    .body("message", equalTo("No album, artist or track with id " + hidden));
        }
        given().header("Authorization", "Bearer " + userToken).get("/art/" + scratchAlbum).then().statusCode(200);

        access.restrict(user, Set.of());
        given().header("Authorization", "Bearer " + userToken).get("/art/" + scratchAlbum).then().statusCode(404);

        access.allowAll(user);
        given().header("Authorization", "Bearer " + userToken).get("/art/" + sampleAlbum).then().statusCode(200)
                .contentType(startsWith("image/"));
    }

    private Map.Entry<String, byte[]> folderImage(String name, byte[] bytes) {
        return Map.entry(name, bytes);
    }

    /** A folder {@code title} with one silent track tagged as album {@code title}, and the cover given. */
    private void album(String title, Map.Entry<String, byte[]> folderImage, EncodedImage embedded) throws IOException {
        Path dir = Files.createDirectories(scratch.resolve(title));
        Map<String, List<String>> tags = Map.of("TITLE", List.of(title + " track"), "ARTIST", List.of("Cover Art Tester"),
                "ALBUMARTIST", List.of("Cover Art Tester"), "ALBUM", List.of("Scratch " + title), "TRACKNUMBER", List.of("1"));
        Files.write(dir.resolve("01.flac"), FlacWriter.write(new Pcm(44_100, 16, new int[2][4096]), tags, embedded));
        if (folderImage != null) {
            Files.write(dir.resolve(folderImage.getKey()), folderImage.getValue());
        }
    }

    @Transactional
    Album album(String title) {
        return Album.<Album>find("title", "Scratch " + title).singleResult();
    }

    @Transactional
    Track track(String albumTitle) {
        return Track.<Track>find("album.title", "Scratch " + albumTitle).singleResult();
    }

    @Transactional
    Album sampleAlbum() {
        return Album.<Album>find("title", "Lanterns Over Water").singleResult();
    }

    @Transactional
    Artist artist(String name) {
        return Artist.<Artist>find("name", name).singleResult();
    }

    @Transactional
    long scratchFolderId() {
        return MusicFolder.<MusicFolder>find("path", scratch.toString()).singleResult().id;
    }

    @Transactional
    List<UUID> scratchTracks() {
        return Track.<Track>list("folder.path", scratch.toString()).stream().map(t -> t.id).toList();
    }
}
