package dev.fidelio.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Adding and removing music folders at run time, through the admin API. */
@QuarkusTest
class MusicFolderAdminTest {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Test
    void anAddedFolderIsIndexedAndItsRemovalTakesOnlyItsTracks() throws IOException {
        Path added = copyOfAnAlbum();
        String library = TestFiles.sampleLibrary().toAbsolutePath().normalize().toString();
        long sampleTracks = tracksIn(library);

        Number id = admin().body(Map.of("path", added.toString())).post("/api/library/folders")
                .then().statusCode(201).body("fromSettings", equalTo(false)).extract().path("id");
        Scans.awaitIdle(scanner, runs);
        assertThat(tracksIn(added.toString())).isEqualTo(5);
        admin().get("/api/library/folders").then().statusCode(200).body("path", hasItem(added.toString()));

        admin().body(Map.of("path", added.toString())).post("/api/library/folders").then().statusCode(409);
        admin().body(Map.of("path", added.resolve("Highlife").toString())).post("/api/library/folders")
                .then().statusCode(409).body("message", containsString("overlaps"));
        admin().body(Map.of("path", "music")).post("/api/library/folders").then().statusCode(400);
        admin().body(Map.of("path", "/no/such/folder")).post("/api/library/folders").then().statusCode(400);

        admin().delete("/api/library/folders/" + folderId(library)).then().statusCode(409);
        admin().delete("/api/library/folders/" + id).then().statusCode(204);
        assertThat(tracksIn(added.toString())).isZero();
        assertThat(tracksIn(library)).isEqualTo(sampleTracks);
        admin().delete("/api/library/folders/" + id).then().statusCode(404);
        TestFiles.deleteTree(added);
    }

    @Test
    void onlyAdminsManageFolders() {
        given().get("/api/library/folders").then().statusCode(401);
    }

    private static Path copyOfAnAlbum() throws IOException {
        Path root = Files.createTempDirectory("fidelio-added");
        Path target = Files.createDirectories(root.resolve("Highlife"));
        try (Stream<Path> files = Files.list(TestFiles.sampleLibrary().resolve("Kofi Mensah & The Accra Strings/Highlife Sessions"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
        return root;
    }

    private static RequestSpecification admin() {
        String token = given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "admin-test-password"))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    @Transactional
    long tracksIn(String folder) {
        return Track.count("folder.path", folder);
    }

    @Transactional
    long folderId(String path) {
        return MusicFolder.<MusicFolder>find("path", path).singleResult().id;
    }
}
