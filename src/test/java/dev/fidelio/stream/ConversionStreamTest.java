package dev.fidelio.stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;


import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.library.Track;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code /stream/{id}} with conversion parameters: what comes out, and what the server says it did. */
@QuarkusTest
class ConversionStreamTest extends StreamTestSupport {

    private static final String SIGNAL_PATH = StreamResource.SIGNAL_PATH_HEADER;

    @Inject
    Conversions conversions;

    @Inject
    TrackFiles files;

    @Test
    void aHiResFlacBecomesCdQualityFlacAndSaysHow() throws Exception {
        Track track = track(192_000);
        Response response = as().queryParam("format", "flac").queryParam("rate", 44_100).queryParam("bits", 16)
                .get("/stream/" + track.id);
        response.then().statusCode(200).header("Content-Type", "audio/flac").header(SIGNAL_PATH,
                "FLAC 24/192 -> resample 192000->44100 (sinc, linear phase) -> TPDF dither 32->16 -> FLAC 16/44.1");
        DecodedAudio converted = DecodedAudio.decode(response.asByteArray(), ".flac");
        assertThat(converted.format()).isEqualTo(new PcmFormat(44_100, 16, 2));
        assertThat(converted.frames()).isEqualTo(Math.round(track.totalSamples * 44_100.0 / 192_000));
    }

    @Test
    void theApisCanAskWhatAConversionWouldDoWithoutStreamingIt() {
        Track track = track(192_000);
        String header = as().queryParam("format", "wav").queryParam("rate", 96_000).head("/stream/" + track.id)
                .then().statusCode(200).extract().header(SIGNAL_PATH);
        ConversionRequest request = new ConversionRequest(OutputFormat.WAV, 96_000, null, null, 0, null, false);
        Conversion.Preview preview = conversions.describe(files.require(track.id, VisibleLibraries.ALL), request);
        String described = preview.signalPath();
        assertThat(preview.mediaType()).isEqualTo("audio/wav");
        assertThat(preview.format().sampleRate()).isEqualTo(96_000);
        assertThat(described).isEqualTo("FLAC 24/192 \u2192 resample 192000\u219296000 (sinc, linear phase) \u2192 TPDF dither 32\u219224 "
                + "\u2192 WAV 24/96");
        assertThat(TrackStreams.asciiHeader(described)).isEqualTo(header);
    }

    @Test
    void wavOfWhatTheFileAlreadyIsChangesNoSampleAndHasItsLength() throws Exception {
        Track track = track(44_100);
        Response response = as().queryParam("format", "wav").get("/stream/" + track.id);
        response.then().statusCode(200).header("Content-Type", "audio/wav")
                .header(SIGNAL_PATH, "FLAC 16/44.1 -> WAV 16/44.1");
        byte[] body = response.asByteArray();
        assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(body.length));
        DecodedAudio original = DecodedAudio.decode(file(track), 0);
        DecodedAudio sent = DecodedAudio.decode(body, ".wav");
        assertThat(sent.format()).isEqualTo(original.format());
        assertThat(sent.samples()).isEqualTo(original.samples());
    }

    @Test
    void rawPcmCarriesItsFormatInTheMediaType() throws Exception {
        Track track = track(44_100);
        Response response = as().queryParam("format", "l24").get("/stream/" + track.id);
        response.then().statusCode(200).header("Content-Type", "audio/L24;rate=44100;channels=2")
                .header(SIGNAL_PATH, "FLAC 16/44.1 -> pad 16->24 (exact) -> L24 24/44.1");
        assertThat(response.asByteArray()).hasSize(Math.toIntExact(track.totalSamples * 2 * 3));
        byte[] l16 = as().queryParam("format", "l16").get("/stream/" + track.id).then().statusCode(200)
                .header("Content-Type", "audio/L16;rate=44100;channels=2").extract().asByteArray();
        int[] samples = DecodedAudio.decode(file(track), 0).samples();
        for (int i = 0; i < 1000; i++) {
            assertThat((short) ((l16[2 * i] << 8) | (l16[2 * i + 1] & 0xFF))).isEqualTo((short) samples[i]);
        }
    }

    @Test
    void anOffsetStartsAtThatExactSample() throws Exception {
        Track track = track(96_000);
        byte[] body = as().queryParam("format", "wav").queryParam("offset", "1.25").get("/stream/" + track.id)
                .then().statusCode(200).extract().asByteArray();
        DecodedAudio tail = DecodedAudio.decode(body, ".wav");
        int[] full = DecodedAudio.decode(file(track), 0).samples();
        int start = 120_000 * 2;
        assertThat(tail.samples()).isEqualTo(Arrays.copyOfRange(full, start, full.length));
    }

    @Test
    void replayGainIsAppliedOnlyWhenAskedAndSaysSo() {
        Track tagged = sampleTracks().stream().filter(t -> t.rgTrackGain != null).findFirst().orElseThrow();
        as().queryParam("format", "flac").queryParam("replaygain", "track").get("/stream/" + tagged.id).then().statusCode(200)
                .header(SIGNAL_PATH, containsString("(ReplayGain track) -> TPDF dither 16->16"));
        as().queryParam("format", "flac").get("/stream/" + tagged.id).then().statusCode(200)
                .header(SIGNAL_PATH, "FLAC 16/44.1 -> FLAC 16/44.1");
    }

    @Test
    void badParametersAreRefusedWithTheirReason() {
        Track track = track(44_100);
        for (List<String> bad : List.of(List.of("format", "mp3"), List.of("rate", "100"), List.of("rate", "fast"),
                List.of("bits", "20"), List.of("channels", "0"), List.of("offset", "-1"), List.of("offset", "NaN"),
                List.of("offset", "1e9"), List.of("replaygain", "loud"), List.of("dop", "true"))) {
            as().queryParam(bad.get(0), bad.get(1)).get("/stream/" + track.id).then().statusCode(400)
                    .body("message", containsString(bad.get(0).equals("dop") ? "DSD" : bad.get(0)));
        }
        Track mp3 = sampleTracks().stream().filter(t -> !t.lossless).findFirst().orElse(null);
        if (mp3 != null) {
            as().queryParam("format", "wav").get("/stream/" + mp3.id).then().statusCode(415).body("error", equalTo("cannot_convert"));
        }
    }

    private Track track(int sampleRate) {
        return sampleTracks().stream().filter(t -> t.format.equals("flac") && t.sampleRate == sampleRate && t.channels == 2)
                .findFirst().orElseThrow();
    }

    private static Path file(Track track) {
        return TestFiles.sampleLibrary().resolve(track.relativePath);
    }

}
