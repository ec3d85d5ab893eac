package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.TinyFlac;
import io.quarkus.test.junit.QuarkusTest;

/** getLyrics and getLyricsBySongId on a scratch library whose songs carry plain and LRC lyrics. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LyricsMethodsTest {

    private static final String LRC = "[ar:Oda Lindqvist]\n[offset:+250]\n[00:01.00]First light\n[00:02.50][00:04.00]Over the water\n";
    private static final String PLAIN = "\nNo clock in this song\nJust words\n\n";

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    Path scratch;

    @BeforeAll
    void scanALibraryWithLyrics() throws IOException {
        scratch = Files.createTempDirectory("fidelio-lyrics");
        Path album = Files.createDirectories(scratch.resolve("Oda Lindqvist/Lyrics"));
        write(album.resolve("01.flac"), 1, "Lantern Song", LRC);
        write(album.resolve("02.flac"), 2, "Plain Song", PLAIN);
        write(album.resolve("03.flac"), 3, "Silent Song", null);
        assertThat(ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, scratch).added).isEqualTo(3);
    }

    @AfterAll
    void forgetTheLibrary() {
        ScratchAlbum.forget(store, tracks().values(), scratch);
    }

    @Test
    void everyMethodAnswersInEveryRendering() {
        Renderings.assertAll("getLyrics", "getLyrics", () -> SubsonicCall.asAdmin().set("artist", "oda lindqvist")
                .set("title", "LANTERN SONG"));
        Renderings.assertAll("getLyrics-none", "getLyrics", () -> SubsonicCall.asAdmin().set("title", "No Such Song"));
        Renderings.assertOpenSubsonic("getLyricsBySongId", "getLyricsBySongId",
                () -> SubsonicCall.asAdmin().set("id", tracks().get("Lantern Song").toString()));
        Renderings.assertOpenSubsonic("getLyricsBySongId-unsynced", "getLyricsBySongId",
                () -> SubsonicCall.asAdmin().set("id", tracks().get("Plain Song").toString()));
    }

    @Test
    void lrcBecomesSyncedLinesAndPlainTextForGetLyrics() {
        JsonNode structured = SubsonicCall.asAdmin().set("id", tracks().get("Lantern Song").toString()).getJson("getLyricsBySongId")
                .path("lyricsList").path("structuredLyrics").get(0);
        assertThat(structured.path("synced").asBoolean()).isTrue();
        assertThat(structured.path("offset").asLong()).isEqualTo(250);
        assertThat(structured.path("lang").asText()).isEqualTo("und");
        assertThat(structured.path("line").findValuesAsText("value")).containsExactly("First light", "Over the water", "Over the water");
        assertThat(structured.path("line").findValues("start").stream().map(JsonNode::asLong)).containsExactly(1000L, 2500L, 4000L);

        JsonNode plain = SubsonicCall.asAdmin().set("title", "Lantern Song").getJson("getLyrics").path("lyrics");
        assertThat(plain.path("value").asText()).isEqualTo("First light\nOver the water\nOver the water");
        assertThat(plain.path("artist").asText()).isEqualTo("Oda Lindqvist");
    }

    @Test
    void songsWithoutLyricsHaveNoneAndUnknownSongsAreNotFound() {
        JsonNode none = SubsonicCall.asAdmin().set("id", tracks().get("Silent Song").toString()).getJson("getLyricsBySongId");
        assertThat(none.path("lyricsList").path("structuredLyrics")).isEmpty();
        JsonNode unknown = SubsonicCall.asAdmin().set("id", UUID.randomUUID().toString()).getJson("getLyricsBySongId");
        assertThat(unknown.path("error").path("code").asInt()).isEqualTo(70);
        assertThat(SubsonicCall.asAdmin().set("title", "Lantern Song").set("artist", "Somebody Else").getJson("getLyrics")
                .path("lyrics").path("value").asText()).isEmpty();
        assertThat(SnapshotAccount.call().set("title", "Lantern Song").getJson("getLyrics").path("lyrics").path("value").asText())
                .as("a listener limited to the sample library").isEmpty();
    }

    @Transactional
    Map<String, UUID> tracks() {
        Map<String, UUID> byTitle = new LinkedHashMap<>();
        Track.<Track>list("folder.path", scratch.toString()).forEach(track -> byTitle.put(track.title, track.id));
        return byTitle;
    }

    private static void write(Path file, int number, String title, String lyrics) throws IOException {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put("TITLE", List.of(title));
        tags.put("ARTIST", List.of("Oda Lindqvist"));
        tags.put("ALBUM", List.of("Lyrics"));
        tags.put("TRACKNUMBER", List.of(String.valueOf(number)));
        if (lyrics != null) {
            tags.put("LYRICS", List.of(lyrics));
        }
        TinyFlac.write(file, tags, 7000 + number);
    }
}
