package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Api;
import dev.fidelio.testsupport.ExternalTool;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The server driven by a Subsonic client library someone else wrote (the npm package subsonic-api), through the
 * scripts in {@code src/test/subsonic-client}: what an app built on it gets. Needs Node.js and npm (skipped without
 * them, failed in CI) and the npm registry for the library. It logs in every way, browses by tags and by folders,
 * lists and searches, and copies the whole library with an empty search.
 */
@QuarkusTest
class SubsonicClientLibraryTest {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryAccess access;

    @Inject
    SampleTracks samples;

    private static final Path SOURCES = Path.of("src", "test", "subsonic-client");
    private static final Path PROJECT = Path.of("target", "subsonic-client");

    @Test
    void aThirdPartyClientLibraryLogsInAndReadsTheAnswers() throws IOException, InterruptedException {
        ExternalTool node = ExternalTool.require("node", "nodejs");
        ExternalTool npm = ExternalTool.require("npm");
        Files.createDirectories(PROJECT);
        for (String file : new String[] { "package.json", "package-lock.json", "client.test.mjs" }) {
            Files.copy(SOURCES.resolve(file), PROJECT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        npm.runIn(PROJECT, Map.of(), "ci", "--ignore-scripts", "--no-audit", "--no-fund");

        SampleLibrary.indexed(scanner, runs);
        List<Track> flacs = samples.all().stream().filter(track -> track.format.equals("flac")).limit(3).toList();
        String name = SubsonicCall.uniqueName("client-library");
        String password = "client library password";
        // The sample library only: what the client finds does not depend on the libraries other tests add.
        access.restrict(Api.createUser(name, password, "user"), Set.of(SnapshotAccount.sampleFolderId()));
        String output = node.runIn(PROJECT, Map.of(
                "FIDELIO_URL", "http://127.0.0.1:" + RestAssured.port + "/",
                "FIDELIO_USERNAME", name,
                "FIDELIO_PASSWORD", password,
                "FIDELIO_API_KEY", SubsonicCall.newApiKey(name, password),
                "FIDELIO_MUSIC_FOLDER", TestFiles.sampleLibrary().getFileName().toString(),
                "FIDELIO_TRACK_IDS", String.join(",", flacs.stream().map(track -> track.id.toString()).toList()),
                "FIDELIO_TRACK_SHA256", sha256(SampleTracks.file(flacs.get(0))),
                "FIDELIO_ALBUM_ID", samples.albumOf(flacs.get(0)).toString()),
                "--test", "--test-reporter=tap", "client.test.mjs");
        assertThat(output).contains("# pass 12", "# fail 0");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
