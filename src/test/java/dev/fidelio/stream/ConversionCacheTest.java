package dev.fidelio.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.fidelio.audio.encode.flac.StreamInfo;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.ExternalTool;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A conversion asked for again comes from the disk: with a length, ranges, and for FLAC the MD5 in STREAMINFO. */
@QuarkusTest
class ConversionCacheTest extends StreamTestSupport {

    /** Parameters no other test asks for, so the first request here is the first anywhere. */
    private static final String QUERY = "?format=flac&rate=88200&bits=24&channels=1";

    @Test
    void theSecondRequestIsTheFirstOnesAudioAsAFile() throws Exception {
        Track track = sampleTracks().stream().filter(t -> t.sampleRate == 96_000).findFirst().orElseThrow();
        Response first = as().get("/stream/" + track.id + QUERY);
        first.then().statusCode(200).header("Content-Length", nullValue()).header("Accept-Ranges", nullValue());
        byte[] streamed = first.asByteArray();

        Response second = as().get("/stream/" + track.id + QUERY);
        second.then().statusCode(200).header("Content-Length", String.valueOf(streamed.length)).header("Accept-Ranges", "bytes")
                .header(StreamResource.SIGNAL_PATH_HEADER, first.header(StreamResource.SIGNAL_PATH_HEADER));
        byte[] kept = second.asByteArray();

        // The same audio, dither and all; only STREAMINFO now has what a stream cannot know in advance (the MD5).
        int md5End = StreamInfo.FILE_OFFSET + StreamInfo.LENGTH;
        assertThat(Arrays.copyOfRange(kept, md5End, kept.length)).isEqualTo(Arrays.copyOfRange(streamed, md5End, streamed.length));
        assertThat(Arrays.copyOfRange(streamed, md5End - 16, md5End)).containsOnly(0);
        assertThat(Arrays.copyOfRange(kept, md5End - 16, md5End)).isNotEqualTo(new byte[16]);
        Path file = Files.createTempFile("fidelio-cached", ".flac");
        try {
            Files.write(file, kept);
            assertThat(ExternalTool.require("flac").run("-t", "-s", file.toString())).doesNotContain("MD5");
        } finally {
            Files.delete(file);
        }

        as().header("Range", "bytes=100-199").get("/stream/" + track.id + QUERY).then().statusCode(206)
                .header("Content-Range", "bytes 100-199/" + kept.length);
        as().header("If-None-Match", second.header("ETag")).get("/stream/" + track.id + QUERY).then().statusCode(304);
    }

    @Test
    void aConversionFromTheMiddleIsNotKept() {
        Track track = sampleTracks().stream().filter(t -> t.sampleRate == 48_000).findFirst().orElseThrow();
        for (int i = 0; i < 2; i++) {
            as().get("/stream/" + track.id + "?format=flac&offset=0.5").then().statusCode(200).header("Content-Length", nullValue());
        }
    }
}
