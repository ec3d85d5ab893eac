package dev.fidelio.stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.library.Album;
import dev.fidelio.library.Artist;
import dev.fidelio.library.Track;
import dev.fidelio.testmusic.Manifest;
import dev.fidelio.testsupport.TestFiles;
import dev.fidelio.users.SignedUrls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code /art/{id}} on the sample library: which image each id gets, resizing, validators, signed URLs, the cache. */
@QuarkusTest
class CoverArtTest extends StreamTestSupport {

    private static final String LANTERNS = "Lanterns Over Water";
    private static final String JOKULSARLON = "Jökulsárlón";

    @Inject
    SignedUrls signedUrls;

    @Inject
    FidelioConfig config;

    @Test
    void anAlbumWithAFolderImageGetsItByteForByte() throws IOException {
        Response response = as().get("/art/" + album(LANTERNS).id);

        response.then().statusCode(200).contentType("image/jpeg")
                .header("Content-Length", String.valueOf(folderImage(LANTERNS).length))
                .header("Cache-Control", containsString("max-age=")).header("X-Content-Type-Options", "nosniff")
                .header("ETag", not(emptyOrNullString())).header("Last-Modified", not(emptyOrNullString()));
        assertThat(response.asByteArray()).isEqualTo(folderImage(LANTERNS));
        assertThat(decode(response)).extracting(BufferedImage::getWidth, BufferedImage::getHeight).containsExactly(1000, 1000);
    }

    @Test
    void aTrackGetsItsOwnEmbeddedPictureRatherThanItsAlbumsFolderImage() {
        Track track = trackOf(LANTERNS);

        Response response = as().get("/art/" + track.id);

        response.then().statusCode(200).contentType("image/jpeg");
        assertThat(response.asByteArray()).isEqualTo(embeddedCover(LANTERNS)).isNotEqualTo(folderImage(LANTERNS));
    }

    @Test
    void anAlbumWithOnlyEmbeddedArtGetsItsTracksPicture() {
        Response response = as().get("/art/" + album(JOKULSARLON).id);

        response.then().statusCode(200).contentType("image/png");
        assertThat(response.asByteArray()).isEqualTo(embeddedCover(JOKULSARLON));
    }

    @Test
    void picturesComeOutOfId3TagsInAiffFilesToo() {
        String title = "坂本龍一へのオマージュ";
        Response response = as().get("/art/" + trackOf(title).id);

        response.then().statusCode(200).contentType("image/jpeg");
        assertThat(response.asByteArray()).isEqualTo(embeddedCover(title));
    }

    @Test
    void aTrackWithoutAPictureGetsItsAlbumsArt() {
        Response response = as().get("/art/" + trackOf("Hvísl").id);

        response.then().statusCode(200);
        assertThat(response.asByteArray()).isEqualTo(folderImage("Hvísl"));
    }

    @Test
    void anArtistGetsTheArtOfItsEarliestAlbumAsAlbumArtist() {
        UUID pines = artist("The Hollow Pines").id;

        Response first = as().get("/art/" + pines);

        first.then().statusCode(200);
        assertThat(first.asByteArray()).isEqualTo(folderImage("Small Hours"));
        as().get("/art/" + pines).then().statusCode(200).header("ETag", first.header("ETag"));
    }

    @Test
    void anArtistOnlyOnACompilationGetsTheCompilationsArt() {
        Response response = as().get("/art/" + artist("Paper Moths").id);

        response.then().statusCode(200);
        assertThat(response.asByteArray()).isEqualTo(embeddedCover("Harbour Lights: A Driftwood Records Sampler"));
    }

    @Test
    void aResizedImageHasTheAskedLongestSideAndTheOriginalsPixels() throws IOException {
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(folderImage(LANTERNS)));

        Response response = as().get("/art/" + album(LANTERNS).id + "?size=300");

        response.then().statusCode(200).contentType("image/jpeg")
                .header("Content-Length", String.valueOf(response.asByteArray().length));
        BufferedImage resized = decode(response);
        assertThat(resized.getWidth()).isEqualTo(300);
        assertThat(resized.getHeight()).isEqualTo(300);
        assertThat(meanDifference(original, resized)).as("mean difference per channel from the original's averages")
                .isLessThan(4.0);
    }

    @Test
    void anImageIsNeverEnlarged() {
        UUID album = album(JOKULSARLON).id;
        for (String size : List.of("800", "2000", "999999999")) {
            Response response = as().get("/art/" + album + "?size=" + size);
            response.then().statusCode(200).contentType("image/png");
            assertThat(response.asByteArray()).as(size).isEqualTo(embeddedCover(JOKULSARLON));
        }
    }

    @Test
    void tinySizesAreRaisedToTheSmallestOneMade() throws IOException {
        BufferedImage image = decode(as().get("/art/" + album(JOKULSARLON).id + "?size=1").then().statusCode(200).extract().response());

        assertThat(image.getWidth()).isEqualTo(CoverArt.MIN_SIZE);
        assertThat(image.getHeight()).isEqualTo(CoverArt.MIN_SIZE);
    }

    @Test
    void sizesThatAreNotPositiveWholeNumbersAreRefused() {
        UUID album = album(LANTERNS).id;
        for (String size : List.of("abc", "-5", "0", "1e3", "300px", "12345678901")) {
            as().queryParam("size", size).get("/art/" + album).then().statusCode(400).body("error", equalTo("bad_request"))
                    .body("message", containsString("size"));
        }
    }

    @Test
    void aCurrentCopyGets304ByEntityTagOrDate() {
        String url = "/art/" + album(LANTERNS).id;
        Response original = as().get(url);
        Response resized = as().get(url + "?size=200");
        assertThat(resized.header("ETag")).isNotEqualTo(original.header("ETag"));

        as().header("If-None-Match", original.header("ETag")).get(url).then().statusCode(304)
                .header("ETag", original.header("ETag")).header("Cache-Control", containsString("max-age="));
        as().header("If-None-Match", resized.header("ETag")).get(url + "?size=200").then().statusCode(304);
        as().header("If-None-Match", resized.header("ETag")).get(url).then().statusCode(200);
        as().header("If-Modified-Since", original.header("Last-Modified")).get(url).then().statusCode(304);
        assertThat(as().header("If-None-Match", original.header("ETag")).get(url).asByteArray()).isEmpty();
    }

    @Test
    void headSendsTheHeadersOnly() {
        as().head("/art/" + album(LANTERNS).id).then().statusCode(200).contentType("image/jpeg")
                .header("Content-Length", String.valueOf(folderImage(LANTERNS).length));
    }

    @Test
    void aSignedUrlOpensItsOwnIdOnlyForArtAndOnlyUntilItExpires() {
        UUID album = album(LANTERNS).id;
        UUID other = album(JOKULSARLON).id;

        given().get("/art/" + album).then().statusCode(401).body("message", containsString("Log in"));
        Response signed = given().queryParam("token", signedUrls.sign(CoverArt.SIGNED_URL_PURPOSE, album)).get("/art/" + album);
        signed.then().statusCode(200);
        assertThat(signed.asByteArray()).isEqualTo(folderImage(LANTERNS));
        given().queryParam("token", signedUrls.sign(CoverArt.SIGNED_URL_PURPOSE, album)).queryParam("size", "64")
                .get("/art/" + album).then().statusCode(200).contentType("image/jpeg");

        given().queryParam("token", signedUrls.sign(CoverArt.SIGNED_URL_PURPOSE, album)).get("/art/" + other)
                .then().statusCode(401).body("message", containsString("not valid"));
        given().queryParam("token", signedUrls.sign(CoverArt.SIGNED_URL_PURPOSE, album, Instant.now().minusSeconds(1)))
                .get("/art/" + album).then().statusCode(401);
        given().queryParam("token", signedUrls.sign(StreamResource.SIGNED_URL_PURPOSE, album)).get("/art/" + album)
                .then().statusCode(401);
    }

    @Test
    void unknownIdsAndItemsWithoutArtAre404() {
        UUID unknown = UUID.randomUUID();
        as().get("/art/" + unknown).then().statusCode(404).body("message", equalTo("No album, artist or track with id " + unknown));
        as().get("/art/not-a-uuid").then().statusCode(404);
        as().get("/art/" + album("Highlife Sessions").id).then().statusCode(404)
                .body("message", containsString("has no cover art"));
        as().get("/art/" + trackOf("Highlife Sessions").id + "?size=100").then().statusCode(404);
    }

    @Test
    void aResizedImageIsKeptAndServedFromTheCache() throws IOException {
        String url = "/art/" + album("Northern Tapes").id + "?size=123";
        Path dir = config.dataDir().resolve("cache").resolve("art");
        List<Path> before = entries(dir);
        byte[] made = as().get(url).then().statusCode(200).extract().asByteArray();
        List<Path> kept = entries(dir).stream().filter(p -> !before.contains(p)).toList();
        assertThat(kept).hasSize(1);
        assertThat(Files.readAllBytes(kept.get(0))).isEqualTo(made);

        // Whatever the entry holds is what is sent: proof that the second request did not resize again.
        byte[] marker = embeddedCover(JOKULSARLON);
        Files.write(kept.get(0), marker);
        assertThat(as().get(url).then().statusCode(200).extract().asByteArray()).isEqualTo(marker);
        Files.delete(kept.get(0));
        assertThat(as().get(url).then().statusCode(200).extract().asByteArray()).isEqualTo(made);
    }

    @Test
    void concurrentRequestsForANewSizeGetTheSameImageAndOneEntry() throws Exception {
        String url = "/art/" + album("Small Hours").id + "?size=177";
        Path dir = config.dataDir().resolve("cache").resolve("art");
        List<Path> before = entries(dir);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            Callable<byte[]> request = () -> as().get(url).then().statusCode(200).extract().asByteArray();
            List<Future<byte[]>> responses = clients.invokeAll(java.util.Collections.nCopies(8, request));
            byte[] first = responses.get(0).get();
            for (Future<byte[]> response : responses) {
                assertThat(response.get()).isEqualTo(first);
            }
            assertThat(ImageIO.read(new ByteArrayInputStream(first)).getWidth()).isEqualTo(177);
        } finally {
            clients.shutdown();
        }
        List<Path> kept = entries(dir).stream().filter(p -> !before.contains(p)).toList();
        assertThat(kept).hasSize(1);
        assertThat(entries(dir).stream().filter(p -> p.toString().endsWith(".partial"))).isEmpty();
    }

    /**
     * How far each pixel of {@code resized} is, on average over channels and pixels, from the mean of the block of
     * {@code original} it stands for.
     */
    static double meanDifference(BufferedImage original, BufferedImage resized) {
        double scaleX = (double) original.getWidth() / resized.getWidth();
        double scaleY = (double) original.getHeight() / resized.getHeight();
        double total = 0;
        for (int y = 0; y < resized.getHeight(); y++) {
            for (int x = 0; x < resized.getWidth(); x++) {
                int x0 = (int) (x * scaleX);
                int y0 = (int) (y * scaleY);
                int x1 = Math.max(x0 + 1, (int) ((x + 1) * scaleX));
                int y1 = Math.max(y0 + 1, (int) ((y + 1) * scaleY));
                long[] sums = new long[3];
                for (int oy = y0; oy < y1; oy++) {
                    for (int ox = x0; ox < x1; ox++) {
                        int rgb = original.getRGB(ox, oy);
                        sums[0] += rgb >> 16 & 0xFF;
                        sums[1] += rgb >> 8 & 0xFF;
                        sums[2] += rgb & 0xFF;
                    }
                }
                int count = (x1 - x0) * (y1 - y0);
                int rgb = resized.getRGB(x, y);
                total += Math.abs(sums[0] / (double) count - (rgb >> 16 & 0xFF))
                        + Math.abs(sums[1] / (double) count - (rgb >> 8 & 0xFF))
                        + Math.abs(sums[2] / (double) count - (rgb & 0xFF));
            }
        }
        return total / (3.0 * resized.getWidth() * resized.getHeight());
    }

    static BufferedImage decode(Response response) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertThat(image).as("a decodable image").isNotNull();
        return image;
    }

    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static dev.fidelio.testmusic.Album manifestAlbum(String title) {
        return Manifest.load().albums().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    private static byte[] folderImage(String title) {
        try {
            return Files.readAllBytes(TestFiles.sampleLibrary().resolve(manifestAlbum(title).folderImages().get(0).file()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The generator draws and encodes the same image again, byte for byte. */
    private static byte[] embeddedCover(String title) {
        return dev.fidelio.testmusic.CoverArt.render(manifestAlbum(title).embeddedCover()).data();
    }

    @Transactional
    Album album(String title) {
        return Album.<Album>find("title", title).singleResult();
    }

    @Transactional
    Artist artist(String name) {
        return Artist.<Artist>find("name", name).singleResult();
    }

    @Transactional
    Track trackOf(String albumTitle) {
        return Track.<Track>find("album.title = ?1 ORDER BY relativePath", albumTitle).firstResult();
    }
}
