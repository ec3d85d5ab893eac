package dev.fidelio.stream;

import static dev.fidelio.testsupport.Api.ADMIN;
import static dev.fidelio.testsupport.Api.ADMIN_PASSWORD;
import static dev.fidelio.testsupport.Api.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.library.Track;
import dev.fidelio.testmusic.FlacWriter;
import dev.fidelio.testmusic.Pcm;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A listener who skips ahead drops the connection: the conversion must stop, not run on to the end. */
@QuarkusTest
class CancelledConversionTest {

    private static final int MINUTES = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    LibraryScanner scanner;

    @TestHTTPResource("/")
    URL server;

    Path scratch;
    long folderId;

    @BeforeEach
    void aLongSilentTrack() throws IOException {
        StreamTestSupport.awaitLibrary(scanner);
        scratch = Files.createTempDirectory("fidelio-cancel");
        Pcm silence = new Pcm(8_000, 16, new int[][] {new int[8_000 * 60 * MINUTES]});
        Files.write(scratch.resolve("silence.flac"), FlacWriter.write(silence, Map.of("TITLE", List.of("Silence")), null));
        folderId = asAdmin().contentType("application/json").body(Map.of("path", scratch.toString()))
                .post("/api/library/folders").then().statusCode(201).extract().jsonPath().getLong("id");
        StreamTestSupport.awaitLibrary(scanner);
    }

    @AfterEach
    void forgetIt() {
        StreamTestSupport.awaitLibrary(scanner);
        asAdmin().delete("/api/library/folders/" + folderId).then().statusCode(204);
        TestFiles.deleteTree(scratch);
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + token(ADMIN, ADMIN_PASSWORD));
    }

    @Test
    void aDroppedConnectionStopsTheConversion() throws Exception {
        String token = token(ADMIN, ADMIN_PASSWORD);
        // 3 minutes at 192 kHz, 32 bits: 138 MB, far more than the socket buffers between us and the server.
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /stream/" + trackId() + "?format=wav&rate=192000&bits=32 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int read = 0; read < buffer.length; ) {
                int n = in.read(buffer, read, buffer.length - read);
                assertThat(n).as("the server sends audio").isPositive();
                read += n;
            }
            assertThat(new String(buffer, 0, 12, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            assertThat(activeConversions(token)).isEqualTo(1);
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (activeConversions(token) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(activeConversions(token)).as("conversions still running after the client left").isZero();
    }

    private static double activeConversions(String token) {
        String metrics = given().header("Authorization", "Bearer " + token).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("fidelio_stream_conversions_active"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
    }

    @Transactional
    UUID trackId() {
        return Track.<Track>find("folder.path", scratch.toString()).firstResult().id;
    }
}
