package dev.fidelio.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.dsd.DeltaSigmaModulator;
import dev.fidelio.audio.dsd.DsdTestFiles;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * DSD files through {@code /stream/{id}}: the original untouched, PCM through the decimation filter, and DoP for DACs
 * that take DSD inside PCM frames. The files live in a music folder the test adds through the admin API.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DsdStreamTest extends StreamTestSupport {

    private static final int DSD64 = 2_822_400;
    private static final double HALF_MODULATION = 0.5;
    private static final int DOP_MARKER_A = 0x05;
    private static final int DOP_MARKER_B = 0xFA;

    @TestHTTPResource("/")
    URL server;

    private Path folder;
    private byte[][] dsd;
    private Number folderId;

    @BeforeAll
    void writeFiles() throws Exception {
        folder = Files.createTempDirectory("fidelio-dsd");
        int bits = 8 * 64 * 1024;
        dsd = new byte[][] {
            DeltaSigmaModulator.encode(DeltaSigmaModulator.sine(1000, HALF_MODULATION, DSD64, bits)),
            DeltaSigmaModulator.encode(new double[bits])
        };
        DsdTestFiles.dsf(folder.resolve("tone.dsf"), dsd, DSD64);
        DsdTestFiles.dff(folder.resolve("tone.dff"), dsd, DSD64, "DSD ");
    }

    @BeforeEach
    void folderAdded() {
        if (folderId == null) {
            folderId = as().contentType("application/json").body(Map.of("path", folder.toString())).post("/api/library/folders")
                    .then().statusCode(201).extract().path("id");
            awaitLibrary(scanner);
        }
    }

    /** Through the server's own address: after the last test the shared client no longer has one. */
    @AfterAll
    void removeFolder() {
        if (folderId != null) {
            awaitLibrary(scanner);
            as().baseUri(server.toString()).delete("api/library/folders/" + folderId).then().statusCode(204);
        }
        TestFiles.deleteTree(folder);
    }

    @Test
    void theOriginalIsTheFileByteForByte() throws Exception {
        for (String name : new String[] {"tone.dsf", "tone.dff"}) {
            Response response = as().get("/stream/" + track(name).id);
            response.then().statusCode(200).header(StreamResource.SIGNAL_PATH_HEADER, "bit-perfect");
            assertThat(response.asByteArray()).as(name).isEqualTo(Files.readAllBytes(folder.resolve(name)));
        }
    }

    @Test
    void pcmComesThroughTheDecimationFilterAndSaysSo() throws Exception {
        for (String name : new String[] {"tone.dsf", "tone.dff"}) {
            Response response = as().queryParam("format", "wav").get("/stream/" + track(name).id);
            response.then().statusCode(200).header("Content-Type", "audio/wav");
            assertThat(response.header(StreamResource.SIGNAL_PATH_HEADER)).as(name)
                    .contains("DSD64").contains("PCM 24/176.4 (decimation filter)");
            DecodedAudio pcm = DecodedAudio.decode(response.asByteArray(), ".wav");
            assertThat(pcm.format()).isEqualTo(new PcmFormat(176_400, 24, 2));
            assertThat(pcm.frames()).as("one PCM frame per 16 DSD bits").isEqualTo(dsd[0].length * 8L / 16);
            // A sine at half modulation is −6 dBFS at its peak, −9 dBFS RMS; the silent channel stays near zero.
            int settle = 4096;
            assertThat(rmsDb(pcm, 0, settle)).as(name + " left").isCloseTo(-9.03, within(0.1));
            assertThat(rmsDb(pcm, 1, settle)).as(name + " right").isLessThan(-100);
        }
    }

    @Test
    void dopCarriesTheDsdBitsUntouchedBetweenAlternatingMarkers() throws Exception {
        Response response = as().queryParam("format", "wav").queryParam("dop", "true").get("/stream/" + track("tone.dsf").id);
        response.then().statusCode(200);
        assertThat(response.header(StreamResource.SIGNAL_PATH_HEADER)).contains("DoP");
        DecodedAudio dop = DecodedAudio.decode(response.asByteArray(), ".wav");
        assertThat(dop.format()).isEqualTo(new PcmFormat(176_400, 24, 2));
        int[] samples = dop.samples();
        for (int frame = 0; frame < dop.frames(); frame++) {
            int expectedMarker = frame % 2 == 0 ? DOP_MARKER_A : DOP_MARKER_B;
            for (int channel = 0; channel < 2; channel++) {
                int sample = samples[frame * 2 + channel];
                assertThat((sample >>> 16) & 0xFF).as("marker of frame %d", frame).isEqualTo(expectedMarker);
                int payload = sample & 0xFFFF;
                int expected = (dsd[channel][2 * frame] & 0xFF) << 8 | dsd[channel][2 * frame + 1] & 0xFF;
                assertThat(payload).as("DSD bits of frame %d, channel %d", frame, channel).isEqualTo(expected);
            }
        }
    }

    @Transactional
    Track track(String name) {
        return Track.<Track>find("folder.path = ?1 AND relativePath = ?2", folder.toString(), name).singleResult();
    }

    private static double rmsDb(DecodedAudio pcm, int channel, int skipFrames) {
        double sum = 0;
        long n = 0;
        double fullScale = 1 << 23;
        for (long frame = skipFrames; frame < pcm.frames() - skipFrames; frame++) {
            double x = pcm.samples()[(int) (frame * 2 + channel)] / fullScale;
            sum += x * x;
            n++;
        }
        return 10 * Math.log10(sum / n + 1e-30);
    }
}
